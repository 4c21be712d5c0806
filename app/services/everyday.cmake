# Services of the "everyday" area (settings, friend groups, refused changes, a diary's inline photos).
target_sources(kj_app PRIVATE
    services/diaryphotoservice.cpp services/diaryphotoservice.h
    services/friendgroupservice.cpp services/friendgroupservice.h
    services/rejectedchangeservice.cpp services/rejectedchangeservice.h
)
