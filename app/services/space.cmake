# My space and friends' spaces for the window: homes, decoration saved offline first, pictures (kj_app).
target_sources(kj_app PRIVATE
    services/spacehome.h
    services/spaceservice.cpp services/spaceservice.h
)
