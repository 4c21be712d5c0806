# The social side of the window: guestbooks, visitors, notifications and what is new for the tray.
target_sources(kj_app PRIVATE
    services/guestbookservice.cpp services/guestbookservice.h
    services/newactivitytracker.cpp services/newactivitytracker.h
    services/notificationsservice.cpp services/notificationsservice.h
    services/visitorsservice.cpp services/visitorsservice.h
)
