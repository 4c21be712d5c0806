# The reference server's application, tested through the real server in-process on port 0.
# kj_testsupport (tests/support/) is the fixture other test folders reuse: TestServer
# (port 0) or RestartableServer (one port across restarts), JsonClient, MediaClient, CliRunner, and
# SessionFixture (the server, accounts and signed-in ClientSessions every test of the window starts from).
add_library(kj_testsupport STATIC
    ${PROJECT_SOURCE_DIR}/tests/support/clirunner.cpp ${PROJECT_SOURCE_DIR}/tests/support/clirunner.h
    ${PROJECT_SOURCE_DIR}/tests/support/exifjpeg.cpp ${PROJECT_SOURCE_DIR}/tests/support/exifjpeg.h
    ${PROJECT_SOURCE_DIR}/tests/support/jsonclient.cpp ${PROJECT_SOURCE_DIR}/tests/support/jsonclient.h
    ${PROJECT_SOURCE_DIR}/tests/support/mediaclient.cpp ${PROJECT_SOURCE_DIR}/tests/support/mediaclient.h
    ${PROJECT_SOURCE_DIR}/tests/support/restartableserver.cpp ${PROJECT_SOURCE_DIR}/tests/support/restartableserver.h
    ${PROJECT_SOURCE_DIR}/tests/support/sessionfixture.cpp ${PROJECT_SOURCE_DIR}/tests/support/sessionfixture.h
    ${PROJECT_SOURCE_DIR}/tests/support/testserver.cpp ${PROJECT_SOURCE_DIR}/tests/support/testserver.h
    ${PROJECT_SOURCE_DIR}/tests/support/teststore.cpp ${PROJECT_SOURCE_DIR}/tests/support/teststore.h
    ${PROJECT_SOURCE_DIR}/tests/support/privatecluster.cpp ${PROJECT_SOURCE_DIR}/tests/support/privatecluster.h
)
target_link_libraries(kj_testsupport PUBLIC kj_common kj_server kj_app Qt6::Network Qt6::Gui Qt6::Sql Qt6::Test)

# Through HTTP against the real server.
foreach(test tst_accountsapi tst_friendsapi tst_diariesapi tst_feedapi tst_changesapi tst_audience tst_errors
        tst_postsapi tst_commentsapi tst_likesapi tst_reactionchanges)
    kj_add_test(${test} SOURCES ${test}.cpp LIBS kj_testsupport Qt6::Sql LABELS server TIMEOUT 300)
endforeach()
# The space: decoration, guestbook, visitors.
foreach(test tst_spaceapi tst_guestbookapi tst_visitsapi)
    kj_add_test(${test} SOURCES ${test}.cpp LIBS kj_testsupport Qt6::Sql LABELS server TIMEOUT 300)
endforeach()
# Media: uploads, albums, photos, renditions.
foreach(test tst_uploadsapi tst_albumsapi tst_photosapi tst_feedphotos)
    kj_add_test(${test} SOURCES ${test}.cpp LIBS kj_testsupport Qt6::Sql LABELS server TIMEOUT 300)
endforeach()
kj_measures_memory(tst_uploadsapi) # an upload of 40 MiB and two decompression bombs in bounded memory
pkg_check_modules(EXIV2_FOR_TESTS REQUIRED IMPORTED_TARGET exiv2) # writes EXIF into test photos
target_link_libraries(kj_testsupport PRIVATE PkgConfig::EXIV2_FOR_TESTS) # tests/support/exifjpeg
kj_add_test(tst_mediaapi SOURCES tst_mediaapi.cpp LIBS kj_testsupport PkgConfig::EXIV2_FOR_TESTS LABELS server TIMEOUT 300)
# Friend groups and the audience matrix of every item kind.
foreach(test tst_groupsapi tst_audiencematrix)
    kj_add_test(${test} SOURCES ${test}.cpp LIBS kj_testsupport kj_audiofixtures LABELS server TIMEOUT 300)
endforeach()
# Reposts (of tracks too: audio made by tests/support/audiofixtures) and notifications.
kj_add_test(tst_repostsapi SOURCES tst_repostsapi.cpp LIBS kj_testsupport kj_audiofixtures LABELS server TIMEOUT 300)
kj_add_test(tst_notificationsapi SOURCES tst_notificationsapi.cpp LIBS kj_testsupport LABELS server TIMEOUT 300)
# The server's store and security on their own.
foreach(test tst_serverstore tst_storelocation tst_passwords tst_serverdatalock)
    kj_add_test(${test} SOURCES ${test}.cpp LIBS kj_server Qt6::Sql LABELS server)
endforeach()
# An upload's bytes hashed as they arrive (media/uploadsink, uploaddigests, sha256).
kj_add_test(tst_uploadsink SOURCES tst_uploadsink.cpp LIBS kj_server LABELS server)
# Music: tracks, their media and the space's playlist, with audio files made in the test (audiofixtures)
# and tagged with TagLib.
pkg_check_modules(TAGLIB_FOR_TESTS REQUIRED IMPORTED_TARGET taglib)
add_library(kj_audiofixtures STATIC
    ${PROJECT_SOURCE_DIR}/tests/support/audiofixtures.cpp ${PROJECT_SOURCE_DIR}/tests/support/audiofixtures.h)
target_link_libraries(kj_audiofixtures PUBLIC kj_common Qt6::Core PRIVATE PkgConfig::TAGLIB_FOR_TESTS)
kj_add_test(tst_tracksapi SOURCES tst_tracksapi.cpp LIBS kj_testsupport kj_audiofixtures LABELS server TIMEOUT 300)
# Media as a player and a viewer take them: byte ranges, revalidation, a large track streamed in bounded memory.
kj_add_test(tst_mediaranges SOURCES tst_mediaranges.cpp LIBS kj_testsupport kj_audiofixtures LABELS server TIMEOUT 300)
kj_measures_memory(tst_mediaranges)

# The changes feed's order when commits are delayed (issue 7), on both engines.
kj_add_test(tst_changeorder SOURCES tst_changeorder.cpp LIBS kj_testsupport LABELS server)

# Two kongjian-server processes over one PostgreSQL database and media folder (issue 7): only on PostgreSQL.
kj_add_postgresql_test(tst_twoprocesses SOURCES tst_twoprocesses.cpp LIBS kj_testsupport TIMEOUT 300)
add_dependencies(tst_twoprocesses kongjian-server)
# A PostgreSQL server that stops and starts again under a running kongjian-server (its own cluster).
kj_add_postgresql_test(tst_storeoutage SOURCES tst_storeoutage.cpp LIBS kj_testsupport TIMEOUT 300)
# What the feed's kept pages go by on PostgreSQL: commits of any process move it (SQLite's: tst_serverstore).
kj_add_postgresql_test(tst_storegeneration SOURCES tst_storegeneration.cpp LIBS kj_testsupport)

# The whole API suite again on PostgreSQL (tests/CMakeLists.txt, kj_add_postgresql_variant).
foreach(test tst_accountsapi tst_friendsapi tst_diariesapi tst_feedapi tst_changesapi tst_audience tst_errors
        tst_postsapi tst_commentsapi tst_likesapi tst_reactionchanges tst_spaceapi tst_guestbookapi tst_visitsapi
        tst_uploadsapi tst_albumsapi tst_photosapi tst_feedphotos tst_mediaapi tst_groupsapi tst_audiencematrix
        tst_repostsapi tst_notificationsapi tst_tracksapi tst_mediaranges tst_changeorder)
    kj_add_postgresql_variant(${test})
endforeach()
