# Widgets of the "everyday" area: settings, the status bar's upload progress and refused changes, friend
# groups, the diary editor's helpers (word count, links, inline pictures), the keyboard shortcuts dialog.
target_sources(kj_ui PRIVATE
    everyday/everydayarea.cpp everyday/everydayarea.h
    everyday/friendgroupspanel.cpp everyday/friendgroupspanel.h
    everyday/inlineimages.cpp everyday/inlineimages.h
    everyday/linkdialog.cpp everyday/linkdialog.h
    everyday/rejectedindicator.cpp everyday/rejectedindicator.h
    everyday/settingspage.cpp everyday/settingspage.h
    everyday/shortcutsdialog.cpp everyday/shortcutsdialog.h
    everyday/uploadprogress.cpp everyday/uploadprogress.h
    everyday/wordcount.cpp everyday/wordcount.h
)
