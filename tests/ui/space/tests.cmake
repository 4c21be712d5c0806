# My space, friends' spaces, skins and decorating; and the screenshots of every page (tests/ui/space).
kj_add_test(tst_skin SOURCES space/tst_skin.cpp LIBS kj_ui LABELS ui TIMEOUT 120)
kj_add_test(tst_spacemodulemodel SOURCES space/tst_spacemodulemodel.cpp LIBS kj_models LABELS ui TIMEOUT 60)
kj_add_test(tst_spacepage SOURCES space/tst_spacepage.cpp LIBS kj_ui kj_store kj_testsupport kj_audiofixtures LABELS ui TIMEOUT 180)
kj_add_test(tst_screenshots SOURCES space/tst_screenshots.cpp LIBS kj_ui kj_store kj_testsupport LABELS ui screenshots TIMEOUT 300)
