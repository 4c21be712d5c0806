# The music player's files and the writes of my tracks and my space's playlist (kj_app).
target_sources(kj_app PRIVATE
    services/trackfiles.cpp services/trackfiles.h
    services/musicservice.cpp services/musicservice.h
    services/trackimport.cpp services/trackimport.h
)
