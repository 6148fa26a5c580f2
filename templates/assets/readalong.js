/* easyread read-along: while a "Listen" player plays, the part of the page being spoken is
 * highlighted. The player itself is a plain <audio controls>, so listening works without this
 * script; with it, big buttons of the site's own (Play or Pause, Back 10 seconds: at least 44
 * by 44 CSS px, AX002) take the place of the browser's small ones, with how long the
 * recording is. Timings come from audio/<slug>.timings.js (window.easyreadTimings), not from
 * fetch(), so that a site opened from a folder (file://) works too. Nothing plays by itself.
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

  /* "1:05": minutes and seconds. */
  function clock(seconds) {
    var whole = Math.max(0, Math.floor(seconds || 0));
    var rest = whole % 60;
    return Math.floor(whole / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  /* "less than 1 minute", "1 minute", "4 minutes": the length in whole minutes. */
  function minutes(seconds) {
    if (seconds < 60) {
      return "less than 1 minute";
    }
    var count = Math.round(seconds / 60);
    return count + (count === 1 ? " minute" : " minutes");
  }

  var ICONS = {
    play: "M8 5v14l11-7z",
    pause: "M6 5h4v14H6zm8 0h4v14h-4z",
    back: "M11 18V6l-8.5 6 8.5 6zm.5-6 8.5 6V6l-8.5 6z"
  };

  function icon(name) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", ICONS[name]);
    svg.appendChild(path);
    return svg;
  }

  /* A button that says `words`, and (for screen readers only) what it plays, the title (in
   * the language `language` when that is given). */
  function button(kind, words, title, language) {
    var made = document.createElement("button");
    made.type = "button";
    made.className = "er-" + kind;
    made.appendChild(icon(kind));
    var said = document.createElement("span");
    said.textContent = words;
    made.appendChild(said);
    if (title) {
      var what = document.createElement("span");
      what.className = "er-hidden";
      what.appendChild(document.createTextNode(": "));
      var named = document.createElement("span");
      named.textContent = title;
      if (language) {
        named.lang = language;
      }
      what.appendChild(named);
      made.appendChild(what);
    }
    return made;
  }

  /* The box's own buttons in place of the browser's: Play or Pause, and Back 10 seconds; and
   * the time, "0:00 of 1:05". `length` is the recording's length in seconds, if known. */
  function Controls(box, length) {
    var audio = box.querySelector("audio");
    var title = box.getAttribute("data-title") || "";
    var row = document.createElement("div");
    row.className = "er-controls";
    var play = button("play", "Play", title, box.getAttribute("data-title-lang") || "");
    var back = button("back", "Back 10 seconds", "");
    var time = document.createElement("span");
    time.className = "er-time";
    row.appendChild(play);
    row.appendChild(back);
    row.appendChild(time);
    var showTime = function () {
      var total = isFinite(audio.duration) && audio.duration > 0 ? audio.duration : length;
      time.textContent = clock(audio.currentTime) + (total ? " of " + clock(total) : "");
    };
    var showState = function () {
      var playing = !audio.paused && !audio.ended;
      play.replaceChild(icon(playing ? "pause" : "play"), play.firstChild);
      play.children[1].textContent = playing ? "Pause" : "Play";
      showTime();
    };
    play.addEventListener("click", function () {
      if (audio.paused || audio.ended) {
        audio.play();
      } else {
        audio.pause();
      }
    });
    back.addEventListener("click", function () {
      audio.currentTime = Math.max(0, audio.currentTime - 10);
    });
    ["play", "pause", "ended"].forEach(function (name) {
      audio.addEventListener(name, showState);
    });
    ["timeupdate", "seeked", "loadedmetadata", "durationchange"].forEach(function (name) {
      audio.addEventListener(name, showTime);
    });
    var extent = box.querySelector(".er-listen-download .er-length");
    if (length && extent && !extent.textContent) {
      extent.textContent = ", " + minutes(length);
    }
    audio.removeAttribute("controls");
    audio.parentNode.insertBefore(row, audio);
    showTime();
  }

  /* How long a box's recording is, from its timings: a section's part, or the whole. */
  function lengthOf(box, data) {
    if (!data) {
      return 0;
    }
    var anchor = box.getAttribute("data-part");
    if (!anchor) {
      return data.duration || 0;
    }
    var part = (data.parts || []).filter(function (p) {
      return p.anchor === anchor;
    })[0];
    return part ? part.end - part.start : 0;
  }

  function start() {
    var all = window.easyreadTimings || {};
    var boxes = document.querySelectorAll(".er-listen[data-slug]");
    Array.prototype.forEach.call(boxes, function (box) {
      var data = all[box.getAttribute("data-slug")];
      if (box.querySelector("audio")) {
        new Controls(box, lengthOf(box, data));
      }
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
