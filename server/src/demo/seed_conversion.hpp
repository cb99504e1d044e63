#pragma once
// Demo results conversion (成果转化): a year of reports per committee moved through the whole chain by the
// use cases, so the product computes the rates and tallies from records (seed_conversion.cpp says which year
// and what it adds up to), and a few of this year's reports still on their way. One transaction per
// committee; idempotent (a committee that has reports is left alone). Moves the process clock while it works.
#include <cstdint>
#include <string>

#include "storage/db.hpp"

namespace zhixie::demo {

void seed_conversion(storage::Db& db, int64_t committee_id, const std::string& code);

}  // namespace zhixie::demo
