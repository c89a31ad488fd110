# The LASCO family (C2, C3).
set(family_function lascoFamily)
set(family_order 30)
set(family_sources lasco_family.cpp identify.cpp file_name.cpp
  steps/lasco_steps.cpp steps/bias_exposure.cpp steps/calibration_factor.cpp steps/missing_blocks.cpp steps/vignetting.cpp)
