"""sopcheck: a rule-based compliance linter for SOP AP documents.

SOP AP (Standar Operasional Prosedur Administrasi Pemerintahan) is the format set by
Permenpan RB No. 35 Tahun 2012. sopcheck reads DOCX and PDF files into one model
(:mod:`sopcheck.model`), checks it with rules (:mod:`sopcheck.checks`) and reports
findings (:mod:`sopcheck.report`).
"""

__version__ = "0.2.0"
