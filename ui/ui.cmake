# Widgets, delegates and dialogs of the desktop client (kj_ui). Depends on the item models and on the
# service interfaces of kj_app only: no SQL, no network classes, no store headers here.
add_library(kj_ui STATIC
    audience.cpp audience.h
    audiencepicker.cpp audiencepicker.h
    avatarbadge.cpp avatarbadge.h
    personname.cpp personname.h
    bodyedit.cpp bodyedit.h
    diariespage.cpp diariespage.h
    diarydelegate.cpp diarydelegate.h
    diaryeditor.cpp diaryeditor.h
    diaryviewer.cpp diaryviewer.h
    errortext.cpp errortext.h
    friendspage.cpp friendspage.h
    mainwindow.cpp mainwindow.h
    markdownview.cpp markdownview.h
    colormix.h
    persondelegate.cpp persondelegate.h
    preferences.cpp preferences.h
    relativetime.cpp relativetime.h
    shell.cpp shell.h
    signindialog.cpp signindialog.h
    skin.cpp skin.h
    syncindicator.cpp syncindicator.h
    syncstatus.cpp syncstatus.h
    translations.cpp translations.h
)
target_link_libraries(kj_ui
    PUBLIC kj_common kj_domain kj_models kj_app Qt6::Widgets Qt6::Svg)

# Each area of the window keeps its widgets in a folder of its own, listed by that folder's .cmake
# (target_sources(kj_ui PRIVATE <area>/...)).
foreach(area feed photos music space everyday social)
    include(${CMAKE_CURRENT_LIST_DIR}/${area}/${area}.cmake OPTIONAL)
endforeach()
