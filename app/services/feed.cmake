# What the window does in the friends' feed (likes, comments, reposts, 说说 with photos, pictures).
target_sources(kj_app PRIVATE
    services/feedservice.cpp services/feedservice.h
)
