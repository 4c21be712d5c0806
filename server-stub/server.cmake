# The reference server's application (kj_server: router, handlers, store, security, demo data) and the
# executable kongjian-server. Included from server-stub/CMakeLists.txt.
add_library(kj_server STATIC
    server.cpp server.h
    listenaddress.cpp listenaddress.h
    api/accountsapi.cpp
    api/albumsapi.cpp
    api/apicontext.cpp api/apicontext.h
    api/changesapi.cpp
    api/commentsapi.cpp
    api/diariesapi.cpp
    api/feedapi.cpp
    api/feedpagecache.cpp api/feedpagecache.h
    api/feedphotobatches.cpp
    api/feedsources.cpp api/feedsources.h
    api/feedreposts.cpp
    api/feedtracks.cpp
    api/friendsapi.cpp
    api/groupaudience.cpp api/groupaudience.h
    api/groupsapi.cpp
    api/guestbookapi.cpp
    api/healthapi.cpp
    api/itemaccess.cpp api/itemaccess.h
    api/itemjson.cpp api/itemjson.h
    api/likesapi.cpp
    api/mediaapi.cpp
    api/metricsapi.cpp
    api/notificationsapi.cpp
    api/paging.cpp api/paging.h
    api/postsapi.cpp
    api/repostsapi.cpp
    api/itemsnapshot.cpp api/itemsnapshot.h
    api/photosapi.cpp
    api/requestbody.cpp api/requestbody.h
    api/router.cpp api/router.h
    api/routes.cpp api/routes.h
    api/sessionsapi.cpp
    api/spaceapi.cpp
    api/tracksapi.cpp
    api/uploadsapi.cpp api/uploadsweep.h
    api/usersapi.cpp
    api/visitsapi.cpp
    demo/demoseeder.cpp demo/demoseeder.h
    logging/accesslog.cpp logging/accesslog.h
    logging/logfmt.cpp logging/logfmt.h
    logging/logline.cpp logging/logline.h
    logging/requestscope.cpp logging/requestscope.h
    media/imageprocessor.cpp media/imageprocessor.h
    media/audioprocessor.cpp media/audioprocessor.h
    media/filesha256.cpp media/filesha256.h
    media/mediastore.cpp media/mediastore.h
    media/sha256.cpp media/sha256.h
    media/uploaddigests.cpp media/uploaddigests.h
    media/uploadsink.cpp media/uploadsink.h
    metrics/observedrouter.cpp metrics/observedrouter.h
    metrics/servermetrics.cpp metrics/servermetrics.h
    security/passwordhasher.cpp security/passwordhasher.h
    security/sessiontoken.cpp security/sessiontoken.h
    store/albumrepository.cpp store/albumrepository.h
    store/audiencesql.cpp store/audiencesql.h
    store/changelog.cpp store/changelog.h
    store/commentrepository.cpp store/commentrepository.h
    store/database.cpp store/database.h
    store/engine.h
    store/diaryrepository.cpp store/diaryrepository.h
    store/friendrepository.cpp store/friendrepository.h
    store/grouprepository.cpp store/grouprepository.h
    store/guestbookrepository.cpp store/guestbookrepository.h
    store/itemdirectory.cpp store/itemdirectory.h
    store/likerepository.cpp store/likerepository.h
    store/loginthrottle.cpp store/loginthrottle.h
    store/mediarecords.h
    store/mediarepository.cpp store/mediarepository.h
    store/exifcolumns.cpp store/exifcolumns.h
    store/feedsql.cpp store/feedsql.h
    store/migrations.cpp store/migrations.h
    store/notificationrepository.cpp store/notificationrepository.h
    store/photobatchrepository.cpp store/photobatchrepository.h
    store/postrepository.cpp store/postrepository.h
    store/query.cpp store/query.h
    store/repostrepository.cpp store/repostrepository.h
    store/records.h
    store/sessionrepository.cpp store/sessionrepository.h
    store/spacerepository.cpp store/spacerepository.h
    store/statementcache.cpp store/statementcache.h
    store/storelocation.cpp store/storelocation.h
    store/trackrepository.cpp store/trackrepository.h
    store/transaction.cpp store/transaction.h
    store/userrepository.cpp store/userrepository.h
    store/visitrepository.cpp store/visitrepository.h
)
target_link_libraries(kj_server PUBLIC kj_domain kj_http Qt6::Core Qt6::Network Qt6::Sql PRIVATE PkgConfig::SODIUM)
# Photos: decoding and renditions (QImage, no windowing) and EXIF through Exiv2.
pkg_check_modules(EXIV2 REQUIRED IMPORTED_TARGET exiv2)
target_link_libraries(kj_server PRIVATE Qt6::Gui PkgConfig::EXIV2)
# Music: sniffed by content, then title, artist, duration and cover art read by TagLib.
pkg_check_modules(TAGLIB REQUIRED IMPORTED_TARGET taglib)
target_link_libraries(kj_server PRIVATE PkgConfig::TAGLIB)
# Upload checksums: OpenSSL's SHA-256 (SHA extensions where the CPU has them).
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
target_link_libraries(kj_server PRIVATE OpenSSL::Crypto)
# The store counts its commits through SQLite's WAL hook (store/database.h), on the connections QtSql opened.
find_package(SQLite3 REQUIRED)
target_link_libraries(kj_server PRIVATE SQLite::SQLite3)

# Schema migrations (one set per engine, numbered alike) and demo data travel inside the binary.
set(KJ_SERVER_MIGRATIONS 0001_foundation 0002_posts 0003_media 0004_space 0005_groups 0006_reposts 0007_tracks
    0008_photobatches 0009_reactionchanges 0010_photoexif)
set(KJ_SERVER_MIGRATION_FILES)
foreach(engine sqlite postgresql)
    foreach(migration ${KJ_SERVER_MIGRATIONS})
        list(APPEND KJ_SERVER_MIGRATION_FILES store/migrations/${engine}/${migration}.sql)
    endforeach()
endforeach()
qt_add_resources(kj_server kj_server_migrations PREFIX /kj/server BASE store FILES ${KJ_SERVER_MIGRATION_FILES})
qt_add_resources(kj_server kj_server_demo
    PREFIX /kj/demo
    BASE ${PROJECT_SOURCE_DIR}/resources/demo
    FILES ${PROJECT_SOURCE_DIR}/resources/demo/demo.json
)

add_executable(kongjian-server main.cpp loglines.cpp loglines.h shutdownsignals.cpp shutdownsignals.h
    serveroptions.cpp serveroptions.h configcheck.cpp configcheck.h)
target_link_libraries(kongjian-server PRIVATE kj_common kj_server)
set_target_properties(kongjian-server PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
