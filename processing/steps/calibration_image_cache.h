#pragma once

#include "core/frame.h"

#include <memory>
#include <string>

namespace hb::steps {

// Calibration images (vignetting, flats, masks) read once and shared by every frame and thread
// of a run; a file that changes on disk is read again. Images in use stay shared; of the others
// only the few used last are kept. Throws hb::Error naming the file.
std::shared_ptr<const Frame> readCalibrationImage(const std::string& path);
// Lets go of every kept image (a new folder opened); images still in use live on with their users.
void forgetCalibrationImages();
// How many images the cache itself keeps alive now.
std::size_t keptCalibrationImages();

// Block mean of `image` down to width x height (integer factors on both axes), or an error
// naming `source` when the sizes do not divide.
Image blockMeanTo(const Image& image, int width, int height, const std::string& source);

} // namespace hb::steps
