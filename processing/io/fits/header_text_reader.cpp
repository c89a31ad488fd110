#include "io/fits/header_text_reader.h"

#include "core/error.h"

#include <algorithm>
#include <fstream>

namespace hb::io {

FileHeader readHeaderText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path, "cannot open the file for reading");
    FileHeader out;
    out.header.setSource(path);
    std::string line;
    int lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        // Some archives wrote several cards on one line (a FITS block without line breaks):
        // accept whole multiples of 80 characters, split into cards.
        if (line.size() > kCardLength && line.size() % kCardLength != 0)
            throw Error(path, "line " + std::to_string(lineNumber) + " has " + std::to_string(line.size())
                                  + " characters; a header card has at most 80");
        if (!isReadableCardText(line))
            throw Error(path, "line " + std::to_string(lineNumber)
                                  + " holds a non-printable character; this is not a FITS header text file");
        bool ended = false;
        for (std::size_t offset = 0; offset < std::max<std::size_t>(line.size(), 1); offset += kCardLength) {
            HeaderCard card = HeaderCard::parse(std::string_view(line).substr(offset, kCardLength));
            if (out.header.empty() && card.keyword != "SIMPLE" && card.keyword != "XTENSION")
                throw Error(path, "the first card is '" + card.keyword + "', expected SIMPLE or XTENSION");
            if (card.kind == CardKind::End) {
                ended = true;  // whatever follows END is not header; a missing END is tolerated
                break;
            }
            out.header.append(std::move(card));
        }
        if (ended)
            break;
    }
    if (lineNumber == 0)
        throw Error(path, "the file is empty");

    const auto naxis = out.header.integer("NAXIS").value_or(0);
    if (naxis >= 2) {
        ImageLayout layout;
        layout.bitpix = static_cast<int>(out.header.integer("BITPIX").value_or(0));
        for (long long i = 1; i <= naxis; ++i)
            layout.axes.push_back(static_cast<long>(out.header.integer("NAXIS" + std::to_string(i)).value_or(0)));
        out.image = layout;
    }
    return out;
}

} // namespace hb::io
