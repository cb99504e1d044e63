#include "domains/office/care/care.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::care {

nlohmann::json write_month_letters(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                   Lang lang, const std::string& month) {
    if (!is_month(month)) throw AppError::invalid_field("month", "YYYY-MM");
    auto tx = db.write();
    nlohmann::json written = nlohmann::json::array();
    const int year = std::stoi(month.substr(0, 4));
    for (const auto& item : todo_items(tx, me, month)) {
        if (!item["letter_id"].is_null()) continue;
        LetterRequest r;
        if (item["type"] == "birthday") {
            r.staff_id = item["staff_id"].get<int64_t>();
            r.year = year;
        } else {
            r.event_id = item["event_id"].get<int64_t>();
        }
        written.push_back(write_letter_in(tx, me, actor, lang, r));
    }
    tx.commit();
    return {{"month", month}, {"written", written}, {"total", written.size()}};
}

}  // namespace zhixie::office::care
