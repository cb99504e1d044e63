#include <fmt/format.h>

#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "services/duty/duty_records.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::duty {

namespace {
std::string points_text(double v) {
    return fmt::format("{}", v);
}
}  // namespace

// The selection as an .xlsx sheet: rank, member, grade, five-ones and the points of every kind.
std::string export_scores(storage::Db& db, const auth::Principal& me, ScoreQuery q) {
    ensure_fresh(db, me.committee_id, q.year);
    auto tx = db.read();
    auto sel = select_scores(tx, me.committee_id, q);
    const auto rows = tx.query(
        std::string("SELECT ") + kScoreColumns + " " + sel.from_where + " ORDER BY x.total DESC, x.member_id",
        sel.params);
    auto bodies = bodies_of(tx, rows);
    exporting::Sheet sheet{
        fmt::format("{}年度委员履职得分", q.year),
        {"排名", "姓名", "界别", "专委会", "职务", "总分", "等次", "“五个一”完成", "未完成项"},
        {}};
    for (auto k : all_kinds())
        sheet.header.push_back(kind_name(k));
    for (const auto& r : rows) {
        auto o = score_row_json(r, sel.rules, bodies[r.i("member_id")]);
        std::string body_names, missing;
        for (const auto& b : o["bodies"])
            body_names += (body_names.empty() ? "" : "、") + b.get<std::string>();
        for (const auto& m : o["missing"])
            missing += (missing.empty() ? "" : "、") + m["name"].get<std::string>();
        std::vector<std::string> cells = {std::to_string(r.i("ranking")),
                                          r.s("name"),
                                          r.s("sector_name"),
                                          body_names,
                                          r.s("cppcc_post"),
                                          points_text(r.d("total")),
                                          r.s("grade"),
                                          fmt::format("{}/{}", r.i("five_ones_met"), r.i("five_ones_total")),
                                          missing};
        for (auto k : all_kinds()) {
            const auto& p = o["points"];
            auto it = p.find(std::string(k));
            cells.push_back(it == p.end() ? "" : points_text((*it)["points"].get<double>()));
        }
        sheet.rows.push_back(std::move(cells));
    }
    return exporting::to_xlsx(sheet);
}

}  // namespace zhixie::duty
