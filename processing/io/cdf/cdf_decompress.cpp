#include "io/cdf/cdf_decompress.h"

#include "core/error.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace hb::io::cdf {

namespace {

void inflateGzip(const std::uint8_t* input, std::uint64_t inputBytes, std::uint8_t* output, std::uint64_t outputBytes,
                 const std::string& path, const std::string& what)
{
    z_stream stream{};
    // 15 + 32: a gzip or a zlib header, detected (the CDF library writes gzip members).
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        throw Error(path, what + ": zlib cannot start");
    std::uint64_t consumed = 0, produced = 0;
    int status = Z_OK;
    constexpr std::uint64_t kChunk = std::numeric_limits<uInt>::max();
    std::uint8_t overflow = 0;
    while (status != Z_STREAM_END) {
        if (stream.avail_in == 0 && consumed < inputBytes) {
            stream.next_in = const_cast<Bytef*>(input + consumed);
            stream.avail_in = static_cast<uInt>(std::min(kChunk, inputBytes - consumed));
            consumed += stream.avail_in;
        }
        const bool full = produced >= outputBytes;
        // Once the expected bytes are written, one more byte would mean the block is larger than declared.
        stream.next_out = full ? &overflow : output + produced;
        stream.avail_out = full ? 1u : static_cast<uInt>(std::min(kChunk, outputBytes - produced));
        const uInt room = stream.avail_out;
        status = inflate(&stream, Z_NO_FLUSH);
        const uInt wrote = room - stream.avail_out;
        if (full && wrote > 0) {
            inflateEnd(&stream);
            throw Error(path, what + " expands to more than the " + std::to_string(outputBytes) + " bytes its records declare");
        }
        produced += full ? 0 : wrote;
        if (status == Z_STREAM_END)
            break;
        if (status == Z_BUF_ERROR && stream.avail_in == 0 && consumed >= inputBytes) {
            inflateEnd(&stream);
            throw Error(path, what + ": the GZIP data end early (" + std::to_string(produced) + " of " +
                                  std::to_string(outputBytes) + " bytes)");
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            const std::string reason = stream.msg ? stream.msg : "corrupt data";
            inflateEnd(&stream);
            throw Error(path, what + ": the GZIP data are damaged (" + reason + ")");
        }
    }
    inflateEnd(&stream);
    if (produced != outputBytes)
        throw Error(path, what + " expands to " + std::to_string(produced) + " bytes, not the " + std::to_string(outputBytes) +
                              " its records declare");
}

// A zero byte then a count n stands for n + 1 zeros; every other byte is itself.
void expandRle(const std::uint8_t* input, std::uint64_t inputBytes, std::uint8_t* output, std::uint64_t outputBytes,
               const std::string& path, const std::string& what)
{
    std::uint64_t in = 0, out = 0;
    while (in < inputBytes) {
        if (input[in] != 0) {
            if (out >= outputBytes)
                throw Error(path, what + " expands to more than the " + std::to_string(outputBytes) + " bytes its records declare");
            output[out++] = input[in++];
            continue;
        }
        if (in + 1 >= inputBytes)
            throw Error(path, what + ": the RLE data end inside a run of zeros");
        const std::uint64_t zeros = std::uint64_t{input[in + 1]} + 1;
        if (zeros > outputBytes - out)
            throw Error(path, what + " expands to more than the " + std::to_string(outputBytes) + " bytes its records declare");
        std::memset(output + out, 0, zeros);
        out += zeros;
        in += 2;
    }
    if (out != outputBytes)
        throw Error(path, what + " expands to " + std::to_string(out) + " bytes, not the " + std::to_string(outputBytes) +
                              " its records declare");
}

} // namespace

void decompress(Compression method, const std::uint8_t* input, std::uint64_t inputBytes, std::uint8_t* output,
                std::uint64_t outputBytes, const std::string& path, const std::string& what)
{
    switch (method) {
    case Compression::None:
        if (inputBytes != outputBytes)
            throw Error(path, what + " holds " + std::to_string(inputBytes) + " bytes, not " + std::to_string(outputBytes));
        std::memcpy(output, input, outputBytes);
        return;
    case Compression::Gzip:
        inflateGzip(input, inputBytes, output, outputBytes, path, what);
        return;
    case Compression::Rle:
        expandRle(input, inputBytes, output, outputBytes, path, what);
        return;
    case Compression::Huffman:
    case Compression::AdaptiveHuffman:
        break;
    }
    throw Error(path, what + " is compressed with " + std::string(compressionName(method)) +
                          ", which HelioBench does not read (GZIP and RLE are read); convert the file with the CDF "
                          "library's cdfconvert -compression \"var:gzip.6\"");
}

} // namespace hb::io::cdf
