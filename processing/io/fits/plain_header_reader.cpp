#include "io/fits/plain_header_reader.h"

#include "core/error.h"
#include "io/fits/inherited_cards.h"

#include <algorithm>
#include <cstdlib>
#include <vector>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hb::io {

namespace {

constexpr std::size_t kBlock = 2880;
constexpr std::size_t kMaxHeaderBlocks = 200;  // 7,200 cards: far beyond any real header

class FileDescriptor {
public:
    explicit FileDescriptor(const std::string& path) : m_fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const noexcept { return m_fd; }

private:
    int m_fd;
};

// Reads one header starting at `offset`; returns the cards and sets `end` to the offset after
// its last block, or nullopt when there is no complete header there.
std::optional<Header> readHeaderAt(int fd, off_t offset, off_t& end, const std::string& path)
{
    // Four blocks a read: most mission headers (100-250 cards) end within them.
    constexpr std::size_t kBlocksPerRead = 4;
    Header header(path);
    std::vector<char> buffer(kBlock * kBlocksPerRead);
    for (std::size_t first = 0; first < kMaxHeaderBlocks; first += kBlocksPerRead) {
        const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), offset + static_cast<off_t>(first * kBlock));
        if (n < static_cast<ssize_t>(kBlock))
            return std::nullopt;
        const std::size_t blocks = static_cast<std::size_t>(n) / kBlock;
        for (std::size_t c = 0; c < blocks * kBlock; c += kCardLength) {
            const std::string_view image(buffer.data() + c, kCardLength);
            if (!isReadableCardText(image))
                return std::nullopt;  // not a clean header: CFITSIO will say what is wrong
            HeaderCard card = HeaderCard::parse(image);
            if (card.kind == CardKind::End) {
                end = offset + static_cast<off_t>((first + c / kBlock + 1) * kBlock);
                return header;
            }
            header.append(std::move(card));
        }
        if (blocks < kBlocksPerRead)
            return std::nullopt;  // the file ended inside the header
    }
    return std::nullopt;
}

bool validBitpix(long long b)
{
    return b == 8 || b == 16 || b == 32 || b == 64 || b == -32 || b == -64;
}

// The image layout a header describes, when it describes an image of two or more axes.
std::optional<ImageLayout> imageOf(const Header& h, int hdu)
{
    const auto bitpix = h.integer("BITPIX");
    const auto naxis = h.integer("NAXIS");
    if (!bitpix || !validBitpix(*bitpix) || !naxis || *naxis < 0 || *naxis > 9)
        return std::nullopt;
    ImageLayout layout;
    layout.hdu = hdu;
    layout.bitpix = static_cast<int>(*bitpix);
    for (long long i = 1; i <= *naxis; ++i) {
        const auto n = h.integer("NAXIS" + std::to_string(i));
        if (!n || *n < 0)
            return std::nullopt;
        layout.axes.push_back(static_cast<long>(*n));
    }
    return layout;
}

bool hasPixels(const ImageLayout& l)
{
    if (l.axes.size() < 2)
        return false;
    for (long n : l.axes)
        if (n == 0)
            return false;
    return true;
}

// The data unit as the header sizes it against what the file holds after `dataStart`.
void measureData(int fd, off_t dataStart, ImageLayout& layout)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return;
    long long pixels = layout.axes.empty() ? 0 : 1;
    for (long n : layout.axes)
        pixels *= n;
    layout.dataBytes = pixels * (std::abs(layout.bitpix) / 8);
    layout.presentBytes = std::clamp<long long>(static_cast<long long>(st.st_size) - dataStart, 0, layout.dataBytes);
}

} // namespace

std::optional<FileHeader> readPlainFitsHeader(const std::string& path)
{
    const FileDescriptor fd(path);
    if (fd.get() < 0)
        return std::nullopt;
    try {
        off_t end = 0;
        auto primary = readHeaderAt(fd.get(), 0, end, path);
        if (!primary || primary->cards().empty() || primary->cards().front().keyword != "SIMPLE"
            || primary->cards().front().value != "T")
            return std::nullopt;
        auto layout = imageOf(*primary, 0);
        if (!layout)
            return std::nullopt;
        FileHeader out;
        if (hasPixels(*layout) && !primary->contains("GROUPS")) {
            measureData(fd.get(), end, *layout);
            out.header = std::move(*primary);
            out.image = layout;
            return out;
        }
        if (!layout->axes.empty())
            return std::nullopt;  // a primary with a data unit but no usable image: CFITSIO walks on
        struct stat st {};
        if (::fstat(fd.get(), &st) != 0)
            return std::nullopt;
        if (end >= st.st_size) {  // header-only file
            out.header = std::move(*primary);
            return out;
        }
        off_t extensionEnd = 0;
        auto extension = readHeaderAt(fd.get(), end, extensionEnd, path);
        if (!extension || extension->cards().empty() || extension->cards().front().keyword != "XTENSION"
            || extension->text("XTENSION").value_or("") != "IMAGE")
            return std::nullopt;  // tile-compressed (BINTABLE) and the rest: CFITSIO
        auto extensionLayout = imageOf(*extension, 1);
        if (!extensionLayout || !hasPixels(*extensionLayout))
            return std::nullopt;
        measureData(fd.get(), extensionEnd, *extensionLayout);
        appendInheritedCards(*extension, *primary);
        out.header = std::move(*extension);
        out.image = extensionLayout;
        return out;
    } catch (const Error&) {
        return std::nullopt;  // a garbage structural value: let CFITSIO report it
    }
}

} // namespace hb::io
