# Installation and Debian packages (`./dev package`): install() rules for the three programs and their data, and
# CPack's DEB generator making one package per component:
#   client -> kongjian         (the desktop client and kongjian-cli, .desktop file, AppStream metainfo, icons)
#   server -> kongjian-server  (the reference server, its systemd unit, system user, configuration file)
# Included from the top CMakeLists.txt after every target exists (install(TARGETS) of another folder's target).
include(GNUInstallDirs)

set(KJ_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(KJ_APP_ID org.kongjian.Kongjian) # the .desktop file's name, AppStream id, icon name (app/gui/main.cpp)

# The programs resolve every symbol at start and keep their relocations read-only after (as Debian's hardening
# flags do; only the link step changes).
foreach(program kongjian kongjian-cli kongjian-server)
    target_link_options(${program} PRIVATE LINKER:-z,relro LINKER:-z,now)
endforeach()

# --- the client ---------------------------------------------------------------------------------------------------
install(TARGETS kongjian kongjian-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT client)
install(FILES ${KJ_PACKAGING_DIR}/linux/${KJ_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT client)
set(KJ_VERSION ${PROJECT_VERSION})
configure_file(${KJ_PACKAGING_DIR}/linux/${KJ_APP_ID}.metainfo.xml ${PROJECT_BINARY_DIR}/${KJ_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${KJ_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT client)
# The application icon: the one SVG the window uses (resources/icons/kongjian.svg), plus PNG renditions for
# desktops and AppStream catalogues that want bitmaps, drawn at build time by Qt's own SVG renderer.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/kongjian.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${KJ_APP_ID}.svg COMPONENT client)
# A build tool, so without kj_common: a sanitized build (./dev test --asan) must not run it under LeakSanitizer.
add_executable(kj_render_icon EXCLUDE_FROM_ALL ${KJ_PACKAGING_DIR}/linux/rendericon.cpp)
target_compile_definitions(kj_render_icon PRIVATE QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER)
target_compile_options(kj_render_icon PRIVATE -Wall -Wextra)
target_link_libraries(kj_render_icon PRIVATE Qt6::Gui Qt6::Svg)
set(KJ_ICON_SIZES 16 24 32 48 64 128 256 512)
set(KJ_ICON_PNGS)
foreach(size IN LISTS KJ_ICON_SIZES)
    set(png ${PROJECT_BINARY_DIR}/icons/${size}x${size}/${KJ_APP_ID}.png)
    list(APPEND KJ_ICON_PNGS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT client)
endforeach()
list(LENGTH KJ_ICON_PNGS KJ_ICON_PNGS_COUNT)
add_custom_command(OUTPUT ${KJ_ICON_PNGS}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:kj_render_icon>
            ${PROJECT_SOURCE_DIR}/resources/icons/kongjian.svg ${PROJECT_BINARY_DIR}/icons ${KJ_APP_ID} ${KJ_ICON_SIZES}
    DEPENDS kj_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/kongjian.svg
    COMMENT "Rendering the application icon in ${KJ_ICON_PNGS_COUNT} sizes")
add_custom_target(kj_package_icons ALL DEPENDS ${KJ_ICON_PNGS}) # a few seconds; cpack needs them after any build

# --- the server ---------------------------------------------------------------------------------------------------
install(TARGETS kongjian-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
# Debian 12's systemd looks in /lib/systemd/system (its pkg-config file says where, when it is installed).
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_get_variable(KJ_SYSTEMD_UNIT_DIR systemd systemdsystemunitdir)
endif()
if(NOT KJ_SYSTEMD_UNIT_DIR)
    set(KJ_SYSTEMD_UNIT_DIR /lib/systemd/system)
endif()
install(FILES ${KJ_PACKAGING_DIR}/server/kongjian-server.service DESTINATION ${KJ_SYSTEMD_UNIT_DIR} COMPONENT server)
install(FILES ${KJ_PACKAGING_DIR}/server/kongjian-server.sysusers
        DESTINATION lib/sysusers.d RENAME kongjian-server.conf COMPONENT server)
install(FILES ${KJ_PACKAGING_DIR}/server/kongjian-server.conf DESTINATION /etc/kongjian-server COMPONENT server)

# --- both: man pages (gzip -9n, as Debian wants), copyright and changelog -------------------------------------------
set(KJ_DOC_FILES)
foreach(page kongjian.1 kongjian-cli.1 kongjian-server.8)
    string(REGEX MATCH "[0-9]$" section ${page})
    configure_file(${KJ_PACKAGING_DIR}/man/${page} ${PROJECT_BINARY_DIR}/man/${page} @ONLY) # the version in .TH
    set(gz ${PROJECT_BINARY_DIR}/man/${page}.gz)
    add_custom_command(OUTPUT ${gz}
        COMMAND gzip -9nc ${PROJECT_BINARY_DIR}/man/${page} > ${gz}
        DEPENDS ${PROJECT_BINARY_DIR}/man/${page}
        VERBATIM)
    list(APPEND KJ_DOC_FILES ${gz})
    set(component client)
    if(page MATCHES "^kongjian-server")
        set(component server)
    endif()
    install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section} COMPONENT ${component})
endforeach()
foreach(component client server)
    set(package kongjian)
    if(component STREQUAL server)
        set(package kongjian-server)
    endif()
    set(changelog ${PROJECT_BINARY_DIR}/doc/${package}/changelog.gz)
    add_custom_command(OUTPUT ${changelog}
        COMMAND ${CMAKE_COMMAND} -DIN=${KJ_PACKAGING_DIR}/debian/changelog.in -DOUT=${changelog}
                -DPACKAGE=${package} -DVERSION=${PROJECT_VERSION} -P ${KJ_PACKAGING_DIR}/debian/changelog.cmake
        DEPENDS ${KJ_PACKAGING_DIR}/debian/changelog.in ${KJ_PACKAGING_DIR}/debian/changelog.cmake
        VERBATIM)
    list(APPEND KJ_DOC_FILES ${changelog})
    install(FILES ${KJ_PACKAGING_DIR}/debian/copyright ${changelog}
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
endforeach()
add_custom_target(kj_package_docs ALL DEPENDS ${KJ_DOC_FILES})

# --- CPack: Debian packages ------------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kongjian)
set(CPACK_PACKAGE_VENDOR "Kongjian")
set(CPACK_PACKAGE_CONTACT "Kongjian maintainers <maintainers@users.noreply.r-seed-f4dfd119.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's description starts with its own summary line (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION); an empty
# project-wide summary keeps CPack from putting the same line in front of both.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds (./dev test) ship stripped programs too
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # kongjian_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME kongjian)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION net)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite driver (the local store), WebP and TIFF
# photos, Qt Multimedia's GStreamer playback of MP3, Ogg, FLAC and WAV. (libqt6svg6, whose plugins draw the SVG
# icons, comes with the Qt SVG library the client links.)
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-image-formats-plugins, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
# Qt's own Chinese strings (standard buttons), Wayland, colour emoji, a CJK font, the session bus (MPRIS media keys),
# GStreamer's M4A (AAC) decoder and its PulseAudio output (PipeWire's server speaks that protocol too).
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-wayland, fonts-noto-color-emoji, fonts-wqy-microhei | fonts-noto-cjk, dbus-user-session | dbus-x11, gstreamer1.0-libav, gstreamer1.0-pulseaudio")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SUGGESTS "kongjian-server")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME kongjian-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# Both store drivers (SQLite by default, PostgreSQL with --database postgresql://...), WebP photos; adduser makes
# the system user where systemd-sysusers is not there.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-image-formats-plugins, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "sqlite3, postgresql, nginx | haproxy") # sqlite3: online backups
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${KJ_PACKAGING_DIR}/server/conffiles
    ${KJ_PACKAGING_DIR}/server/postinst
    ${KJ_PACKAGING_DIR}/server/prerm
    ${KJ_PACKAGING_DIR}/server/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# First line: the summary; an empty line parts paragraphs (CPack indents the lines as Debian wants).
set(CPACK_DEBIAN_CLIENT_DESCRIPTION [=[desktop personal space: diaries, photos, status posts and a friends' feed
Kongjian is a desktop personal space in the spirit of Qzone: keep diaries, post
short status updates, fill albums with photos, play your space's background
music, and follow what your friends do through a feed with likes, comments and
reposts.

Everything you write works offline and syncs with a Kongjian server when it
can. This package holds the Qt desktop client (kongjian) and its command-line
twin (kongjian-cli).]=])
set(CPACK_DEBIAN_SERVER_DESCRIPTION [=[reference server for Kongjian personal spaces
kongjian-server serves Kongjian's HTTP/1.1 JSON API: accounts and sessions,
diaries, status posts, albums with resumable photo uploads, music, comments,
likes, reposts, guestbooks and a friends' feed that clients sync offline.

It keeps its data in SQLite on one machine, or in PostgreSQL for several server
processes behind a load balancer. The package runs it as a hardened systemd
service under its own system user, with its data in /var/lib/kongjian-server.]=])

include(CPack)
