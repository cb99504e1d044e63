#pragma once
// Calendar dates as people type them into forms and spreadsheets, stored as "YYYY-MM-DD" (which sorts
// correctly as text on both databases).
#include <optional>
#include <string>
#include <string_view>

namespace zhixie::dates {

// True for a real calendar date written exactly as YYYY-MM-DD.
bool is_iso_date(std::string_view s);

// "YYYY-MM-DD" from 2024-03-07, 2024/3/7, 2024.3.7, 2024年3月7日, 20240307 or an Excel date serial
// (what a date cell of an .xlsx holds, e.g. 45358); nullopt when it is none of these or no real date.
std::optional<std::string> normalise(std::string_view s);

}  // namespace zhixie::dates
