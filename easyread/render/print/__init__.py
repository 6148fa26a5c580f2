"""The print stage's parts: the HTML to print (``pages``), links made to work on paper
(``links``), what each PDF is made from (``keys``, for reusing current PDFs), WeasyPrint
(``weasy``, imported only when PDFs are made) and the worker pool (``pool``, ``preload``).
The stage's entry point is :mod:`easyread.render.pdf`."""
