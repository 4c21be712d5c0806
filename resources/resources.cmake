# Icons, the skins (skins/base.qss and one .qss per skin: ui/skin.cpp) and the translations, compiled into kj_ui (which is defined before this folder).
# Icons are simple line drawings made for Kongjian (24x24, 1.75 stroke); see icons/*.svg.
file(GLOB KJ_ICON_FILES RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS icons/*.svg)
file(GLOB KJ_SKIN_FILES RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS skins/*.qss)
qt_add_resources(kj_ui kj_ui_resources
    PREFIX /kongjian
    FILES ${KJ_ICON_FILES} ${KJ_SKIN_FILES})

# English is the source language (kongjian_en.ts only carries its plural forms); Simplified Chinese ships. `cmake --build <dir> --target update_translations`
# refreshes the .ts files from the sources (lupdate); the build compiles them (lrelease) into the binary.
get_target_property(KJ_UI_SOURCES kj_ui SOURCES)
list(FILTER KJ_UI_SOURCES INCLUDE REGEX "\\.(cpp|h)$")
list(TRANSFORM KJ_UI_SOURCES PREPEND ${PROJECT_SOURCE_DIR}/ui/)
# The item models name some things themselves (a space's modules, a refused change, a friend group's members).
file(GLOB_RECURSE KJ_MODEL_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/models/*.cpp)
list(FILTER KJ_MODEL_SOURCES EXCLUDE REGEX "/models/(store|domain)/")
qt_add_translations(kj_ui
    TS_FILES translations/kongjian_zh_CN.ts translations/kongjian_en.ts
    SOURCES ${KJ_UI_SOURCES} ${KJ_MODEL_SOURCES} ${PROJECT_SOURCE_DIR}/app/gui/main.cpp
    RESOURCE_PREFIX /kongjian/i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
