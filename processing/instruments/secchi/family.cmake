# The SECCHI family (COR1, COR2, EUVI; every SECCHI header): its sources and the function that
# returns it. family_order sets where it is asked among the families and offered in the step lists.
set(family_function secchiFamily)
set(family_order 10)
set(family_sources secchi_family.cpp identify.cpp file_name.cpp
  steps/secchi_steps.cpp steps/bias.cpp steps/calibration_factor.cpp steps/calibration_image.cpp steps/exposure.cpp
  steps/missing_blocks.cpp steps/seb_ip.cpp steps/summing.cpp miss_list.cpp)
