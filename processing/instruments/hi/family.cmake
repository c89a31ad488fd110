# The HI family (HI-1, HI-2).
set(family_function hiFamily)
set(family_order 20)
set(family_sources hi_family.cpp)
