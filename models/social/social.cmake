# Models of the social pages: a guestbook (from the local store), my visitors and my notifications.
target_sources(kj_models PRIVATE
    social/guestbookmodel.cpp social/guestbookmodel.h
    social/notificationlistmodel.cpp social/notificationlistmodel.h
    social/visitorlistmodel.cpp social/visitorlistmodel.h
)
