# The music player, the player bar, the Music page and MPRIS2 (paths relative to tests/ui/).
kj_add_test(tst_player SOURCES music/tst_player.cpp music/musicfixture.h
    LIBS kj_ui kj_store kj_testsupport kj_audiofixtures LABELS ui TIMEOUT 180)
kj_add_test(tst_musicpage SOURCES music/tst_musicpage.cpp music/musicfixture.h
    LIBS kj_ui kj_store kj_testsupport kj_audiofixtures LABELS ui TIMEOUT 240)
kj_add_test(tst_mpris SOURCES music/tst_mpris.cpp music/musicfixture.h
    LIBS kj_ui kj_store kj_testsupport kj_audiofixtures Qt6::DBus LABELS ui TIMEOUT 180)
foreach(test tst_player tst_musicpage tst_mpris)
    kj_plays_audio(${test})
endforeach()
