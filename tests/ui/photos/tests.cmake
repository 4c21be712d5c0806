# Albums and photos: the albums page (drops, imports, the upload queue, a friend's albums) and the photo viewer,
# against the real server in this process.
kj_add_test(tst_albumspage SOURCES photos/tst_albumspage.cpp photos/photostestbase.h
    LIBS kj_ui kj_store kj_testsupport LABELS ui TIMEOUT 240)
kj_add_test(tst_photoviewer SOURCES photos/tst_photoviewer.cpp photos/photostestbase.h
    LIBS kj_ui kj_store kj_testsupport LABELS ui TIMEOUT 180)
kj_add_test(tst_photoexiftext SOURCES photos/tst_photoexiftext.cpp LIBS kj_ui LABELS ui) # the viewer's camera line
