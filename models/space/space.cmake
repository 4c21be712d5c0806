# Item models of a space's home and its decoration (kj_models).
target_sources(kj_models PRIVATE
    space/spacemodulemodel.cpp space/spacemodulemodel.h
)
