"""The pages of ``sopcheck serve``: the upload form, a job's result page, a message page.

Plain HTML that works with scripts switched off (government desktops lock them down):

* the form is an ordinary ``<form method=post enctype=multipart/form-data>`` with a multiple
  file input and a submit button;
* a job's page lists every file with its status and a ``<progress>`` bar, and reloads itself
  (``<meta http-equiv=refresh>``) until every file is done; then it shows each SOP's findings
  and swimlanes (:func:`sopcheck.audit.page.document_sections`, rendered by the worker) and the
  download links.

:data:`DESK_JS` (served as ``/static/desk.js``) enhances them where scripts run: files dropped
on the form, the upload sent with a progress bar, the job's statuses polled without reloading.
The audit page's script (``/static/audit.js``) drives the findings filter. All document and
file-name text is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Optional

from ..audit.html import CSS
from ..audit.page import filter_bar
from ..audit.svg import ARROW_DEFS
from ..domain.i18n import t

DESK_CSS = """
form.upload{border:2px dashed #9aa5b1;border-radius:8px;padding:18px;margin:12px 0;background:#fafbfc}
form.upload.over{border-color:#1f6feb;background:#eef5ff}
form.upload input[type=file]{margin:8px 0}
form.upload button,form.inline button{font-size:1em;padding:6px 18px}
form.inline{display:inline}
.lang a{margin-left:6px;color:#cfe3ff}.lang b{margin-left:6px}
.limits,.hint{color:#57606a;font-size:.9em}
.message{border-left:4px solid #cf222e;background:#fff5f5;padding:8px 12px;margin:10px 0}
progress{width:320px;height:14px;vertical-align:middle}
table.files td.st-done{color:#1a7f37}table.files td.st-failed{color:#cf222e}
table.files td.st-working{color:#9a6700}table.files td.msg{max-width:640px}
"""

DESK_JS = """
(function(){
  var form=document.querySelector('form.upload');
  if(form){
    var input=form.querySelector('input[type=file]'), bar=document.getElementById('up-bar'),
        note=document.getElementById('up-note');
    form.addEventListener('dragover',function(e){e.preventDefault();form.classList.add('over');});
    form.addEventListener('dragleave',function(){form.classList.remove('over');});
    form.addEventListener('drop',function(e){
      e.preventDefault();form.classList.remove('over');
      if(e.dataTransfer&&e.dataTransfer.files.length){input.files=e.dataTransfer.files;
        note.textContent=form.getAttribute('data-chosen').replace('{n}',input.files.length);}
    });
    input.addEventListener('change',function(){
      note.textContent=form.getAttribute('data-chosen').replace('{n}',input.files.length);});
    if(window.FormData&&window.XMLHttpRequest){
      form.addEventListener('submit',function(e){
        if(!input.files.length){return;}
        e.preventDefault();
        var xhr=new XMLHttpRequest();xhr.open('POST',form.action);xhr.setRequestHeader('Accept','application/json');
        bar.hidden=false;
        xhr.upload.addEventListener('progress',function(ev){
          if(ev.lengthComputable){var p=Math.round(100*ev.loaded/ev.total);bar.value=p;
            note.textContent=form.getAttribute('data-uploading').replace('{pct}',p);}
        });
        xhr.onload=function(){
          var r=null;try{r=JSON.parse(xhr.responseText);}catch(err){}
          if(r&&r.url){window.location=r.url;}
          else if(r&&r.error){bar.hidden=true;note.textContent=r.error;note.className='message';}
          else{form.submit();}
        };
        xhr.onerror=function(){form.submit();};
        xhr.send(new FormData(form));
      });
    }
  }
  var job=document.getElementById('job');
  if(job&&job.getAttribute('data-complete')!=='1'){
    var poll=function(){
      var xhr=new XMLHttpRequest();xhr.open('GET',job.getAttribute('data-status'));
      xhr.onload=function(){
        var s=null;try{s=JSON.parse(xhr.responseText);}catch(err){}
        if(!s){return;}
        if(s.complete){window.location.reload();return;}
        document.getElementById('job-bar').value=s.done;
        document.getElementById('job-count').textContent=s.progress;
        for(var i=0;i<s.files.length;i++){
          var cell=document.getElementById('st-'+(i+1));
          if(cell){cell.textContent=s.files[i].label;cell.className='st-'+s.files[i].status;}
        }
        setTimeout(poll,700);
      };
      xhr.send();
    };
    setTimeout(poll,500);
  }
  document.body.setAttribute('data-desk','1');
})();
"""


def _e(text) -> str:
    return escape("" if text is None else str(text), quote=True)


def _page(title: str, body: str, lang: str, head: str = "", scripts: tuple[str, ...] = ("desk",)) -> str:
    tags = "".join(f"<script src=\"/static/{name}.js\"></script>" for name in scripts)
    return ("<!DOCTYPE html>\n<html lang=\"" + ("en" if lang == "en" else "id") + "\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            f"{head}<title>{_e(title)}</title><style>{CSS}{DESK_CSS}</style></head><body>{ARROW_DEFS}"
            f"{body}{tags}</body></html>\n")


def _header(lang: str, here: str) -> str:
    """The page header with the language switch (links to ``here`` with ``?lang=``)."""
    sep = "&amp;" if "?" in here else "?"
    links = []
    for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
        links.append(f"<b>{label}</b>" if code == lang else f"<a href=\"{_e(here)}{sep}lang={code}\">{label}</a>")
    return (f"<header><h1>sopcheck — {_e(t('desk_title', lang))}</h1>"
            f"<p class=lang>{_e(t('desk_language', lang))}:{''.join(links)}</p></header>")


def home(lang: str, limits, ttl: float, message: Optional[str] = None) -> str:
    """The upload form (``message``: why the last upload was refused)."""
    mb = limits.max_upload_bytes / (1024 * 1024)
    bounds = t("desk_limits", lang, files=limits.max_upload_files, mb=f"{mb:g}", seconds=f"{limits.timeout_per_file:g}")
    warn = f"<div class=message role=alert>{_e(message)}</div>" if message else ""
    body = (f"{_header(lang, '/')}<main>{warn}<p>{_e(t('desk_intro', lang, minutes=round(ttl / 60)))}</p>"
            f"<form class=upload method=post action=\"/check\" enctype=\"multipart/form-data\" "
            f"data-chosen=\"{_e(t('desk_chosen', lang))}\" data-uploading=\"{_e(t('desk_uploading', lang))}\">"
            f"<input type=hidden name=lang value=\"{_e(lang)}\">"
            f"<label for=files><b>{_e(t('desk_choose', lang))}</b></label> <span class=hint>"
            f"({_e(t('desk_drop', lang))})</span><br>"
            f"<input type=file id=files name=files multiple accept=\".docx,.pdf\"><br>"
            f"<button type=submit>{_e(t('desk_submit', lang))}</button> "
            f"<progress id=up-bar max=100 value=0 hidden></progress> <span id=up-note class=hint role=status></span>"
            f"<p class=limits>{_e(bounds)}</p>"
            f"</form></main>")
    return _page(f"sopcheck — {t('desk_title', lang)}", body, lang)


def message_page(lang: str, title: str, message: str) -> str:
    """A page saying ``message`` (a refused upload, a job that is gone) with a way back."""
    body = (f"{_header(lang, '/')}<main><h2>{_e(title)}</h2><div class=message role=alert>{_e(message)}</div>"
            f"<p><a href=\"/?lang={_e(lang)}\">{_e(t('desk_again', lang))}</a></p></main>")
    return _page(title, body, lang)


def status_label(status: str, lang: str) -> str:
    """The words for a file's status."""
    return t(f"desk_status_{status}", lang)


def job_page(job, lang: str) -> str:
    """A job's page: the files with their status and downloads, the progress, and (once every
    file is done) each SOP's findings and swimlanes."""
    total, done = len(job.files), job.done
    complete = job.complete
    # without scripts the page reloads itself; with them desk.js polls the status instead
    head = "" if complete else "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>"
    here = f"/jobs/{job.id}"
    w = [f"{_header(lang, here)}<main id=job data-complete=\"{1 if complete else 0}\" "
         f"data-status=\"{here}/status\">",
         f"<h2>{_e(t('desk_result', lang))}</h2>",
         f"<p><progress id=job-bar max=\"{total}\" value=\"{done}\"></progress> "
         f"<span id=job-count>{_e(t('desk_progress', lang, done=done, total=total))}</span></p>"]
    if not complete:
        w.append(f"<p class=hint>{_e(t('desk_refresh', lang))}</p>")
    w.append(f"<table class=files><thead><tr><th>No</th><th>{_e(t('desk_file', lang))}</th>"
             f"<th>{_e(t('desk_status', lang))}</th><th>{_e(t('findings', lang))}</th>"
             f"<th>{_e(t('desk_downloads', lang))}</th></tr></thead><tbody>")
    rules: set[str] = set()
    for n, fj in enumerate(job.files, 1):
        out = fj.outcome
        counts, links, note = "", "", ""
        if out is not None:
            c = out.counts
            if c:
                counts = (f"{c.get('error', 0)} {_e(t('error', job.lang))} · {c.get('warning', 0)} "
                          f"{_e(t('warning', job.lang))} · {c.get('info', 0)} {_e(t('info', job.lang))}")
            if out.annotated:
                links += (f"<a class=dl-annotated href=\"{here}/files/{n}/annotated\">"
                          f"{_e(t('desk_annotated', lang))}</a>")
            if out.sheet:
                links += (" · " if links else "") + (f"<a class=dl-sheet href=\"{here}/files/{n}/sheet\">"
                                                     f"{_e(t('desk_sheet', lang))}</a>")
            if out.message:
                note = f"<div class=msg-text>{_e(out.message)}</div>"
            rules.update(out.rules)
        w.append(f"<tr class=file data-status=\"{_e(fj.status)}\"><td>{n}</td><td>{_e(fj.name)}</td>"
                 f"<td id=st-{n} class=\"st-{_e(fj.status)}\">{_e(status_label(fj.status, lang))}</td>"
                 f"<td class=msg>{counts}{note}</td><td>{links}</td></tr>")
    w.append("</tbody></table>")
    w.append(f"<p><a href=\"/?lang={_e(lang)}\">{_e(t('desk_again', lang))}</a> "
             f"<form class=inline method=post action=\"{here}/delete\"><button type=submit>"
             f"{_e(t('desk_delete', lang))}</button></form></p>")
    scripts: tuple[str, ...] = ("desk",)
    sections = "".join(fj.outcome.html for fj in job.files if fj.outcome is not None and fj.outcome.html)
    if complete and sections:
        w.append(f"<h2>{_e(t('findings', lang))}</h2>{filter_bar(sorted(rules), job.lang)}{sections}")
        scripts = ("audit", "desk")
    w.append("</main>")
    return _page(f"sopcheck — {t('desk_result', lang)}", "".join(w), lang, head=head, scripts=scripts)
