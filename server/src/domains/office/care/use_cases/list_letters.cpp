#include <fmt/format.h>

#include "domains/office/care/care.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::care {

nlohmann::json list_letters(storage::Db& db, const auth::Principal& me, std::optional<int> year,
                            std::optional<int64_t> staff_id) {
    std::string sql =
        "SELECT l.id, l.staff_id, s.name AS staff_name, l.kind, l.event_date, l.title, l.created_at FROM "
        "office_letters l JOIN staff s ON s.id = l.staff_id WHERE l.committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (year) {
        sql += " AND l.event_date BETWEEN :from AND :to";
        p.emplace_back("from", fmt::format("{}-01-01", *year));
        p.emplace_back("to", fmt::format("{}-12-31", *year));
    }
    if (staff_id) {
        sql += " AND l.staff_id = :s";
        p.emplace_back("s", *staff_id);
    }
    auto tx = db.read();
    auto out = items_json(tx.query(sql + " ORDER BY l.event_date DESC, l.id DESC", p));
    for (auto& i : out["items"])
        i["kind_name"] = kind_name(i["kind"].get<std::string>());
    return out;
}

nlohmann::json get_letter(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return letter_json(tx, me.committee_id, id);
}

}  // namespace zhixie::office::care
