# Item models of the "everyday" area: my friend groups, the changes the server refused.
target_sources(kj_models PRIVATE
    everyday/friendgroupmodel.cpp everyday/friendgroupmodel.h
    everyday/rejectedchangemodel.cpp everyday/rejectedchangemodel.h
    everyday/uploadtotals.cpp everyday/uploadtotals.h
)
