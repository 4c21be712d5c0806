# Client logic without drawing (kj_app): API client, sync engine, profile and account, services, the
# composition root. And kongjian-cli, whose commands live in small files under cli/.
add_library(kj_app STATIC
    account/profile.cpp account/profile.h
    clientsession.cpp clientsession.h
    network/apiclient.cpp network/apiclient.h
    network/apiclient_posts.cpp network/apireply.h network/postpages.h
    network/apiclient_space.cpp network/spacepages.h
    network/apiclient_groups.cpp network/grouppages.h
    network/apiclient_media.cpp network/mediapages.h
    network/apiclient_reposts.cpp network/repostpages.h
    network/apiclient_tracks.cpp network/trackpages.h
    media/mediaupload.cpp media/mediaupload.h
    media/filedigest.cpp media/filedigest.h
    media/uploadqueue.cpp media/uploadqueue.h
    media/mediafetcher.cpp media/mediafetcher.h
    sync/uploadpusher.cpp sync/uploadpusher.h
    services/accountservice.cpp services/accountservice.h
    services/diaryservice.cpp services/diaryservice.h
    services/friendsservice.cpp services/friendsservice.h
    services/myitems.cpp services/myitems.h
    sync/changeapplier.h
    sync/diarypusher.cpp sync/diarypusher.h
    sync/outboxpusher.cpp sync/outboxpusher.h
    sync/syncconflict.h
    sync/syncengine.cpp sync/syncengine.h
)
# Pushers of comments, likes, guestbook messages, friend actions, friend groups and space settings.
target_sources(kj_app PRIVATE
    sync/commentpusher.cpp sync/commentpusher.h
    sync/likepusher.cpp sync/likepusher.h
    sync/guestbookpusher.cpp sync/guestbookpusher.h
    sync/friendactionpusher.cpp sync/friendactionpusher.h
    sync/grouppusher.cpp sync/grouppusher.h
    sync/spacepusher.cpp sync/spacepusher.h
)
# 说说, reposts, albums, photos and tracks offline first: their pusher, change applier and backfill.
target_sources(kj_app PRIVATE
    network/apiclient_items.cpp network/itemjsonpages.h
    sync/revisionedkinds.cpp sync/revisionedkinds.h
    sync/itempusher.cpp sync/itempusher.h
    sync/commentapplier.cpp sync/commentapplier.h
    sync/itemapplier.cpp sync/itemapplier.h
    sync/itembackfill.cpp sync/itembackfill.h
)
target_link_libraries(kj_app PUBLIC kj_common kj_domain kj_store Qt6::Core Qt6::Network)

add_executable(kongjian-cli
    cli/main.cpp
    cli/cli.cpp cli/cli.h
    cli/commands.h
    cli/accountcommands.cpp
    cli/diarycommands.cpp
    cli/friendscommands.cpp
    cli/postcommands.cpp
    cli/albumcommands.cpp
    cli/localfeed.cpp
    cli/mediaeditcommands.cpp
    cli/myitemcommands.cpp cli/myitemcommands.h
    cli/spacecommands.cpp
    cli/mediacommands.cpp
    cli/groupcommands.cpp
    cli/audienceoption.cpp cli/audienceoption.h
    cli/repostcommands.cpp
    cli/trackcommands.cpp
    cli/uploadreport.cpp cli/uploadreport.h
    cli/onlinecommand.cpp cli/onlinecommand.h
    cli/synccommands.cpp
    cli/queuedwrite.cpp cli/queuedwrite.h
    cli/reactioncommands.cpp
    cli/queuereport.h cli/rejectedcommands.cpp
    cli/terminal.cpp cli/terminal.h
)
target_link_libraries(kongjian-cli PRIVATE kj_common kj_app)
set_target_properties(kongjian-cli PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)

# Services of one area of the window, listed by services/<area>.cmake (target_sources(kj_app PRIVATE services/...)).
foreach(area feed photos music space everyday social)
    include(${CMAKE_CURRENT_LIST_DIR}/services/${area}.cmake OPTIONAL)
endforeach()
