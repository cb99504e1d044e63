#pragma once
// The zhixie command line: one function per subcommand, called from main.
#include <cstdint>
#include <optional>
#include <string>

#include "core/config.hpp"

namespace zhixie::cli {

int serve(const Config& c);
int migrate(const Config& c);
int seed_demo(const Config& c);
int create_admin(const Config& c, const std::string& committee, const std::string& username,
                 const std::string& password, const std::string& display_name);
int backup(const Config& c, const std::string& out);
int audit_verify(const Config& c);
int routes(const Config& c);
int recompute_duty_scores(const Config& c, std::optional<int64_t> year);
// Runs the timed jobs now (one, or all), each under its lease; today: run as if it were this day (China
// time).
int jobs_run_once(const Config& c, const std::string& job, const std::string& today);

}  // namespace zhixie::cli
