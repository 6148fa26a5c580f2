"""The print stage's parts: the HTML to print (``pages``), links made to work on paper
(``links``), WeasyPrint (``weasy``, imported only in workers) and the worker pool (``pool``).
The stage's entry point is :mod:`easyread.render.pdf`."""
