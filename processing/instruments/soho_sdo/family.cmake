# SOHO EIT/MDI and SDO AIA/HMI context images.
set(family_function sohoSdoFamily)
set(family_order 50)
set(family_sources soho_sdo_family.cpp identify.cpp file_name.cpp)
