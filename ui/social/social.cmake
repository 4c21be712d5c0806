# The social pages of the window: guestbook (GuestbookView, also for a friend's space), visitors,
# notifications, and news from the tray.
target_sources(kj_ui PRIVATE
    social/activitynotifier.cpp social/activitynotifier.h
    social/guestbookdelegate.cpp social/guestbookdelegate.h
    social/guestbookview.cpp social/guestbookview.h
    social/notificationdelegate.cpp social/notificationdelegate.h
    social/notificationspage.cpp social/notificationspage.h
    social/notificationtext.cpp social/notificationtext.h
    social/socialarea.cpp social/socialarea.h
    social/trayicon.cpp social/trayicon.h
    social/visitordelegate.cpp social/visitordelegate.h
    social/visitorspage.cpp social/visitorspage.h
)
