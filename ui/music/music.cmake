# The music player, its bar, the Music page and MPRIS2 (kj_ui).
target_sources(kj_ui PRIVATE
    music/elidedlabel.cpp music/elidedlabel.h
    music/mpris.cpp music/mpris.h
    music/musicpage.cpp music/musicpage.h
    music/musicsession.cpp music/musicsession.h
    music/mprisadaptors.cpp music/mprisadaptors.h
    music/player.cpp music/player.h
    music/playerbar.cpp music/playerbar.h
    music/trackdelegate.cpp music/trackdelegate.h
)
target_link_libraries(kj_ui PUBLIC Qt6::Multimedia Qt6::DBus)
