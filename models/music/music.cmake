# My tracks and my space's background playlist, over the local store (kj_models).
target_sources(kj_models PRIVATE
    music/trackrow.cpp music/trackrow.h
    music/mytrackmodel.cpp music/mytrackmodel.h
    music/playlistmodel.cpp music/playlistmodel.h
)
