# The Roman Coronagraph EXCAM family.
set(family_function excamFamily)
set(family_order 40)
set(family_sources excam_family.cpp identify.cpp file_name.cpp)
