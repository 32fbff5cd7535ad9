#pragma once

#include "records/strings.h"

#include <QString>

#include <string>

namespace meso::ui {

using records::qs;
using records::ss;

// The name of a catalog entry in `lang` (English when not translated); the id itself when the
// catalog does not have it, so that nothing shows empty.
template <typename List>
QString nameOf(const List &list, const std::string &id, const std::string &lang)
{
    for (const auto &e : list) {
        if (e.id == id)
            return qs(e.name.in(lang));
    }
    return qs(id);
}

} // namespace meso::ui
