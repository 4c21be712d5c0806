# The friends' feed page (kj_ui): the cards and their delegate, the 说说 composer, pictures loaded off the
# GUI thread, the repost dialog.
find_package(Qt6 REQUIRED COMPONENTS Concurrent)
target_sources(kj_ui PRIVATE
    feed/feeddelegate.cpp feed/feeddelegate.h
    feed/feedpage.cpp feed/feedpage.h
    feed/repostdialog.cpp feed/repostdialog.h
    feed/statuscomposer.cpp feed/statuscomposer.h
    feed/feedpictures.cpp feed/feedpictures.h
)
target_link_libraries(kj_ui PRIVATE Qt6::Concurrent)
