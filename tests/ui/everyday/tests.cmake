# Tests of the "everyday" area: word count, the diary editor's links, headings, lists, inline photos and
# group audience; settings (language, preferences, refused changes); friend groups; the status bar.
kj_add_test(tst_wordcount SOURCES everyday/tst_wordcount.cpp LIBS kj_ui LABELS ui TIMEOUT 60)
foreach(name everydayeditor settingspage friendgroups)
    kj_add_test(tst_${name} SOURCES everyday/tst_${name}.cpp
                LIBS kj_ui kj_store kj_testsupport LABELS ui TIMEOUT 180)
endforeach()
