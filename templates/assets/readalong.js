/* easyread read-along: while a "Listen" player plays, the part of the page being spoken is
 * highlighted. The player itself is a plain <audio controls>, so listening works without this
 * script. Timings come from audio/<slug>.timings.js (window.easyreadTimings), not from fetch(),
 * so that a site opened from a folder (file://) works too. Nothing plays by itself.
 *
 * Which element is which: [data-say="KEY"] if the page has it (KEY is "title", "S" for section
 * S's heading, "S.P" for point P of section S, counted from 0); otherwise the page's structure:
 * the h1, the section with the part's id, its heading, its .point elements in order.
 */
(function () {
  "use strict";
  if (window.easyreadReadalong) {
    return;
  }
  var SPEAKING = "er-speaking";
  var players = [];

  function find(key, part) {
    var marked = document.querySelector('[data-say="' + key + '"]');
    if (marked) {
      return marked;
    }
    if (key === "title") {
      return document.querySelector("main h1") || document.querySelector("h1");
    }
    var section = document.getElementById(part.anchor);
    if (!section) {
      return null;
    }
    var numbers = key.split(".");
    if (numbers.length === 1) {
      return section.querySelector("h2, h3");
    }
    var points = section.querySelectorAll(".point");
    return points[Number(numbers[1])] || null;
  }

  /* The cues a player reads, in its own time (a section's file starts at 0). */
  function cuesFor(data, anchor) {
    var parts = data.parts.filter(function (part) {
      return !anchor || part.anchor === anchor;
    });
    var offset = parts.length ? parts[0].start : 0;
    var cues = [];
    parts.forEach(function (part) {
      part.cues.forEach(function (cue) {
        var element = find(cue.key, part);
        if (element) {
          cues.push({ start: cue.start - offset, key: cue.key, element: element });
        }
      });
    });
    return cues;
  }

  function Player(box, data) {
    this.box = box;
    this.audio = box.querySelector("audio");
    this.cues = cuesFor(data, box.getAttribute("data-part"));
    this.current = null;
    this.frame = 0;
    var self = this;
    var update = function () {
      self.update();
    };
    ["timeupdate", "seeked", "seeking", "loadedmetadata"].forEach(function (name) {
      self.audio.addEventListener(name, update);
    });
    this.audio.addEventListener("play", function () {
      players.forEach(function (other) {
        if (other !== self) {
          if (!other.audio.paused) {
            other.audio.pause();
          }
          other.show(null); // one player at a time, one part lit at a time
        }
      });
      self.tick();
    });
    this.audio.addEventListener("ended", function () {
      self.show(null);
    });
  }

  Player.prototype.tick = function () {
    var self = this;
    this.update();
    if (!this.audio.paused && !this.audio.ended) {
      window.cancelAnimationFrame(this.frame);
      this.frame = window.requestAnimationFrame(function () {
        self.tick();
      });
    }
  };

  /* The cue being spoken is the last one that has started; it stays lit through its pause. */
  Player.prototype.update = function () {
    var time = this.audio.currentTime;
    var found = null;
    for (var i = 0; i < this.cues.length && this.cues[i].start <= time + 0.05; i += 1) {
      found = this.cues[i];
    }
    var started = time > 0 || !this.audio.paused;
    this.show(started && found ? found : null);
  };

  Player.prototype.show = function (cue) {
    var element = cue ? cue.element : null;
    if (this.current === element) {
      return;
    }
    if (this.current) {
      this.current.classList.remove(SPEAKING);
    }
    this.current = element;
    this.box.setAttribute("data-speaking", cue ? cue.key : "");
    if (!element) {
      return;
    }
    element.classList.add(SPEAKING);
    if (!this.audio.paused) {
      var box = element.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) {
        var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        element.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
      }
    }
  };

  function start() {
    var all = window.easyreadTimings || {};
    var boxes = document.querySelectorAll(".er-listen[data-slug]");
    Array.prototype.forEach.call(boxes, function (box) {
      var data = all[box.getAttribute("data-slug")];
      if (data && box.querySelector("audio")) {
        players.push(new Player(box, data));
      }
    });
  }

  window.easyreadReadalong = { players: players };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
