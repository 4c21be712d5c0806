# The client's local store (kj_store): one SQLite file per account, its migrations, repositories and outbox.
add_library(kj_store STATIC
    clientstore.cpp clientstore.h
    diaryrepository.cpp diaryrepository.h
    friendrepository.cpp friendrepository.h
    outbox.cpp outbox.h
    schema.cpp schema.h
    sqlquery.cpp sqlquery.h
    syncstaterepository.cpp syncstaterepository.h
)
# SQLite itself too: ClientStore::execPrepared binds the hot writes through its API (the one Qt's driver uses).
find_package(SQLite3 REQUIRED)
target_link_libraries(kj_store PUBLIC kj_common kj_domain Qt6::Core Qt6::Sql PRIVATE SQLite::SQLite3)
# A damaged store file is found before it is opened and moved aside.
target_sources(kj_store PRIVATE storefilecheck.cpp storefilecheck.h)
# Queued uploads (resumable, hashed once) and the bounded cache of media seen once.
target_sources(kj_store PRIVATE uploadrepository.cpp uploadrepository.h mediacache.cpp mediacache.h)
# The generic cache of items kept as the server's JSON (说说, reposts, albums, photos, tracks ...) and my writes of them.
target_sources(kj_store PRIVATE itemrepository.cpp itemrepository.h)
# Comments, likes, guestbook messages, friend actions, friend groups and space settings: cached in `items`
# and queued offline.
target_sources(kj_store PRIVATE
    itemtable.cpp itemtable.h
    commentrepository.cpp commentrepository.h
    likerepository.cpp likerepository.h
    guestbookrepository.cpp guestbookrepository.h
    friendactionqueue.cpp friendactionqueue.h
    friendgrouprepository.cpp friendgrouprepository.h
    spacerepository.cpp spacerepository.h
)
# Request bodies sent whose answer never came (a lost answer is not a conflict with myself).
target_sources(kj_store PRIVATE unansweredwrites.cpp unansweredwrites.h)
