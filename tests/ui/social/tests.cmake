# The social pages: guestbook (mine and a friend's), visitors, notifications with the unread count and the
# news the tray tells, against the real server in this process.
add_library(kj_socialfixture STATIC social/socialfixture.cpp social/socialfixture.h)
target_link_libraries(kj_socialfixture PUBLIC kj_common kj_ui kj_store kj_testsupport Qt6::Test)
foreach(name guestbookview notificationspage visitorspage)
    kj_add_test(tst_${name} SOURCES social/tst_${name}.cpp LIBS kj_socialfixture kj_ui kj_store kj_testsupport
                LABELS ui TIMEOUT 180)
endforeach()
kj_add_test(tst_newactivitytracker SOURCES social/tst_newactivitytracker.cpp LIBS kj_app LABELS ui)
