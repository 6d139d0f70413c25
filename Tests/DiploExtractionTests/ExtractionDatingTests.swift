import Testing
import DiploModel
import DiploExtraction

/// How event dates are read: weekdays, relative days, day-month, month-year and year, against the publication date.
@Suite struct ExtractionDatingTests {
    typealias F = Fixture

    @Test func frenchWeekdayOnThePublicationDayIsThatDay() throws {
        // 2020-02-18 is a Tuesday.
        let r = try F.extract("Le président russe Vladimir Poutine s'est entretenu mardi par téléphone avec le président turc Recep Tayyip Erdogan au sujet de la Libye.",
                              published: "2020-02-18")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2020-02-18", "\(r.dump)")
        #expect(calls[0].date.precision == .day)
        #expect(calls[0].date.basis == .relativeToPublication)
        #expect(calls[0].involves(F.putin, F.erdogan), "\(r.dump)")
    }

    @Test func frenchWeekdayWithDernierIsThePreviousOne() throws {
        // Published Tuesday 2020-02-18: "jeudi dernier" is Thursday 2020-02-13.
        let r = try F.extract("Vladimir Poutine a eu jeudi dernier un entretien téléphonique avec Recep Tayyip Erdogan sur la situation en Libye.",
                              published: "2020-02-18")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2020-02-13", "\(r.dump)")
        #expect(calls[0].date.basis == .relativeToPublication)
        #expect(calls[0].involves(F.putin, F.erdogan), "\(r.dump)")
    }

    @Test func englishOnMondayIsTheMostRecentMonday() throws {
        // Published Tuesday 2020-02-18: "on Monday" is 2020-02-17.
        let r = try F.extract("Russian President Vladimir Putin spoke by phone on Monday with Turkish President Recep Tayyip Erdogan about the fighting in northern Syria.",
                              published: "2020-02-18", language: "en")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2020-02-17", "\(r.dump)")
        #expect(calls[0].date.basis == .relativeToPublication)
        #expect(calls[0].involves(F.putin, F.erdogan), "\(r.dump)")
    }

    @Test func frenchHierIsTheDayBeforePublication() throws {
        let r = try F.extract("Vladimir Poutine s'est entretenu hier par téléphone avec Recep Tayyip Erdogan de la sécurité en mer Noire.",
                              published: "2021-03-10")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2021-03-09", "\(r.dump)")
        #expect(calls[0].date.basis == .relativeToPublication)
        #expect(calls[0].involves(F.putin, F.erdogan), "\(r.dump)")
    }

    @Test func englishYesterdayIsTheDayBeforePublication() throws {
        let r = try F.extract("Vladimir Putin held a phone call with Recep Tayyip Erdogan yesterday to discuss grain exports.",
                              published: "2021-03-10", language: "en")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2021-03-09", "\(r.dump)")
        #expect(calls[0].date.basis == .relativeToPublication)
        #expect(calls[0].involves(F.putin, F.erdogan), "\(r.dump)")
    }

    @Test func dayAndMonthResolveToTheMostRecentPastOccurrence() throws {
        let text = "Vladimir Poutine et Recep Tayyip Erdogan se sont rencontrés le 19 janvier à Moscou pour parler du gazoduc."
        // Published in March: 19 January of the same year.
        let march = try F.extract(text, published: "2021-03-10")
        let m1 = march.events(.meeting)
        try #require(m1.count == 1, "\(march.dump)")
        #expect(m1[0].date.isoString == "2021-01-19", "\(march.dump)")
        #expect(m1[0].date.basis == .relativeToPublication)
        #expect(m1[0].involves(F.putin, F.erdogan), "\(march.dump)")
        // Published on 10 January: 19 January of the year before.
        let january = try F.extract(text, published: "2021-01-10")
        let m2 = january.events(.meeting)
        try #require(m2.count == 1, "\(january.dump)")
        #expect(m2[0].date.isoString == "2020-01-19", "\(january.dump)")
    }

    @Test func monthAndYearGiveMonthPrecision() throws {
        let r = try F.extract("En octobre 2019, Vladimir Poutine et Recep Tayyip Erdogan se sont rencontrés à Sotchi pour négocier un cessez-le-feu dans le nord-est de la Syrie.",
                              published: "2020-02-21")
        let meetings = r.events.filter { $0.type == .meeting || $0.type == .summit }
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].date.isoString == "2019-10", "\(r.dump)")
        #expect(meetings[0].date.precision == .month)
        #expect(meetings[0].date.basis == .explicit)
        #expect(meetings[0].date.earliest.iso == "2019-10-01")
        #expect(meetings[0].date.latest.iso == "2019-10-31")
        #expect(meetings[0].involves(F.putin, F.erdogan), "\(r.dump)")
        #expect(meetings[0].location?.name == "Sochi", "\(r.dump)")
    }

    @Test func yearAloneGivesYearPrecision() throws {
        let r = try F.extract("En 2018, Vladimir Poutine et Recep Tayyip Erdogan se sont rencontrés à Moscou pour parler du gazoduc TurkStream.",
                              published: "2020-02-21")
        let meetings = r.events.filter { $0.type == .meeting || $0.type == .summit }
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].date.isoString == "2018", "\(r.dump)")
        #expect(meetings[0].date.precision == .year)
        #expect(meetings[0].date.basis == .explicit)
        #expect(meetings[0].involves(F.putin, F.erdogan), "\(r.dump)")
    }

    @Test func undatedArticleDatesWeekdaysAgainstAnExplicitFullDateWithInferredBasis() throws {
        // No publication date; a photo caption dates the article (2 December 2024, a Monday), so "mardi" is 3 December.
        let text = """
        Le président russe Vladimir Poutine dans sa résidence de Novo-Ogaryovo, près de Moscou, le 2 décembre 2024.

        Vladimir Poutine s'est entretenu mardi par téléphone avec Recep Tayyip Erdogan au sujet de la Syrie.
        """
        let r = try F.extract(text, published: nil)
        #expect(r.referenceIsEstimated, "\(r.dump)")
        #expect(r.referenceDate?.iso == "2024-12-02", "\(r.dump)")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2024-12-03", "\(r.dump)")
        #expect(calls[0].date.basis == .inferred, "\(r.dump)")
        #expect(calls[0].involves(F.putin, F.erdogan), "\(r.dump)")
    }

    @Test func articleWithNoDateAtAllDatesItsNewsByTheWindowTheTextAllows() throws {
        // Nothing dates the article; it mentions 2018, so it was written between 2018 and today: the
        // Tuesday call is known only within that window, and no day is invented.
        let text = """
        Vladimir Poutine s'est entretenu mardi par téléphone avec Recep Tayyip Erdogan au sujet de la Syrie.

        Vladimir Poutine et Recep Tayyip Erdogan s'étaient rencontrés à Sotchi en 2018.
        """
        let r = try F.extract(text, published: nil)
        #expect(r.referenceIsEstimated, "\(r.dump)")
        let meeting = r.events.first { $0.date.isoString == "2018" && $0.involves(F.putin, F.erdogan) }
        #expect(meeting?.date.basis == .explicit, "\(r.dump)")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.precision == .range, "\(r.dump)")
        #expect(calls[0].date.isoString == "2018-01-01/2026-11-21", "\(r.dump)")
        #expect(calls[0].date.basis == .inferred)
        #expect(calls[0].involves(F.putin, F.erdogan))
    }

    @Test func aWeekdayWithItsDateTakesTheYearItsPeopleWereInOffice() throws {
        // 21 March was a Monday in 2016 and in 2022; Barack Obama was president only in the first.
        let text = """
        Barack Obama a rencontré Raúl Castro ce lundi 21 mars à La Havane, une première depuis 1928.
        """
        let r = try F.extract(text, published: nil)
        #expect(r.referenceDate?.iso == "2016-03-21", "\(r.dump)")
        // Without people to tell the years apart, the most recent one.
        let states = try F.extract("L'Arabie saoudite et l'Iran, brouillés depuis 2016, ont signé ce vendredi 10 mars un accord à Pékin.", published: nil)
        #expect(states.referenceDate?.iso == "2023-03-10", "\(states.dump)")
    }

    @Test func undatedEnglishArticleResolvesADayThatOnlyOneYearOfItsWindowAllows() throws {
        // Written after October 2025 (the latest date it mentions) and before today (21 November 2026):
        // only one 19 January fits; "on Friday" stays a window.
        let text = """
        Vladimir Putin and Recep Tayyip Erdogan spoke by phone on Friday about Syria.

        The two leaders had met in Sochi on January 19, after talks in October 2025.
        """
        let r = try F.extract(text, published: nil, language: "en")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2025-10-01/2026-11-21", "\(r.dump)")
        let meetings = r.events(.meeting).filter { $0.involves(F.putin, F.erdogan) }
        #expect(meetings.map(\.date.isoString).contains("2026-01-19"), "\(r.dump)")
    }

    @Test func undatedArticleStillRejectsFuturesAndKeepsStatementsToKnownDays() throws {
        let text = """
        Emmanuel Macron se rendra la semaine prochaine à Ankara pour rencontrer Recep Tayyip Erdogan.

        Le Kremlin a déclaré mardi que la situation restait tendue.
        """
        let r = try F.extract(text, published: nil)
        #expect(r.events(.meeting).isEmpty, "\(r.dump)")
        #expect(r.events(.statement).allSatisfy { $0.date.precision != .range }, "\(r.dump)")
    }
}

/// Years and weeks relative to the publication day, ambiguous month words, and names that look like cues.
@Suite struct RelativeYearAndWeekTests {
    typealias F = Fixture

    @Test func monthsOfLastYearAndLastYearItself() throws {
        let en = try F.extract("Serzh Sargsyan met Abdullah Gul in Yerevan in September last year.", published: "2009-10-10", language: "en")
        #expect(en.events(.meeting).map(\.date.isoString) == ["2008-09"], "\(en.dump)")
        let fr = try F.extract("Serge Sarkissian a rencontré Abdullah Gül en mars l'an dernier à Erevan.", published: "2019-06-20")
        #expect(fr.events(.meeting).map(\.date.isoString) == ["2018-03"], "\(fr.dump)")
        let year = try F.extract("Serzh Sargsyan and Abdullah Gul met in Yerevan last year.", published: "2009-10-10", language: "en")
        #expect(year.events(.meeting).map(\.date.isoString) == ["2008"], "\(year.dump)")
    }

    @Test func earlierThisWeekIsARangeOfTheWeekSoFar() throws {
        let en = try F.extract("Viktor Orban met Volodymyr Zelensky in Kyiv earlier this week.", published: "2024-07-05", language: "en")
        let m = try #require(en.events(.meeting).first, "\(en.dump)")
        #expect(m.date.precision == .range && m.date.isoString == "2024-07-01/2024-07-05", "\(en.dump)")
    }

    @Test func ambiguousMonthWordsAfterAMonthPrepositionAndNamesThatLookLikeCues() throws {
        let fr = try F.extract("Donald Trump a rencontré Shinzo Abe fin mai à Tokyo.", published: "2019-06-20")
        #expect(fr.events(.meeting).map(\.date.isoString) == ["2019-05"], "\(fr.dump)")
        let en = try F.extract("Donald Trump met Shinzo Abe in Tokyo in May.", published: "2019-06-20", language: "en")
        #expect(en.events(.meeting).map(\.date.isoString) == ["2019-05"], "\(en.dump)")
        // "May" in a name is no modal verb.
        let may = try F.extract("Theresa May met Shinzo Abe in Tokyo on Monday.", published: "2019-06-20", language: "en")
        #expect(may.events(.meeting).map(\.date.isoString) == ["2019-06-17"], "\(may.dump)")
        // ...and the modal still makes a possibility.
        let modal = try F.extract("Theresa May may meet Shinzo Abe in Tokyo on Monday.", published: "2019-06-20", language: "en")
        #expect(modal.events(.meeting).isEmpty, "\(modal.dump)")
    }
}

@Suite struct DatelineYearTests {
    typealias F = Fixture

    @Test func aDatelineWithoutItsYearTakesTheOneYearItsPeopleWereInOffice() throws {
        // 10 October: Liz Truss was prime minister and Olaf Scholz chancellor together only in 2022.
        let text = """
        Truss and Scholz discuss energy

        LONDON, Oct 10 (Reuters) - Prime Minister Liz Truss spoke by phone with Olaf Scholz on Monday about energy prices.
        """
        let r = try F.extract(text, published: nil, language: "en")
        #expect(r.referenceDate?.iso == "2022-10-10", "\(r.dump)")
        #expect(r.events(.call).map(\.date.isoString) == ["2022-10-10"], "\(r.dump)")
        #expect(r.events(.call).first?.date.basis == .inferred)
        // The dateline's city is no party.
        #expect(r.events(.call).first?.participants.count == 2, "\(r.dump)")
    }

    @Test func aDatelineThatSeveralYearsFitStaysAWindow() throws {
        let text = """
        Trump and Netanyahu talk

        WASHINGTON, Sept 4 (Reuters) - President Donald Trump spoke by phone with Benjamin Netanyahu on Friday.
        """
        let r = try F.extract(text, published: nil, language: "en")
        #expect(r.events(.call).first?.date.precision == .range, "\(r.dump)")
    }
}

@Suite struct SeasonTests {
    typealias F = Fixture

    @Test func aSeasonAndItsYearIsAThreeMonthRange() throws {
        let fr = try F.extract("Ursula von der Leyen a rencontré Edi Rama à l'automne 2022 à Tirana.", published: "2023-03-20")
        #expect(fr.events(.meeting).map(\.date.isoString) == ["2022-09-01/2022-11-30"], "\(fr.dump)")
        let en = try F.extract("Aleksandar Vucic and Albin Kurti met in Brussels in the winter of 2022.", published: "2023-03-20", language: "en")
        #expect(en.events(.meeting).map(\.date.isoString) == ["2022-12-01/2023-02-28"], "\(en.dump)")
        #expect(en.events(.meeting).first?.date.basis == .explicit)
    }

    @Test func aSeasonPlacedFromThePublicationDayIsTheLastOneOver() throws {
        // Published in July: "last summer" is the summer of the year before, not the one under way.
        let fr = try F.extract("Ursula von der Leyen a rencontré Edi Rama l'été dernier à Tirana.", published: "2023-07-20")
        #expect(fr.events(.meeting).map(\.date.isoString) == ["2022-06-01/2022-08-31"], "\(fr.dump)")
        let en = try F.extract("Aleksandar Vucic and Albin Kurti met in Brussels last winter.", published: "2023-10-02", language: "en")
        #expect(en.events(.meeting).map(\.date.isoString) == ["2022-12-01/2023-02-28"], "\(en.dump)")
        // "cet automne", in the autumn itself, is this one; "next spring" is still to come.
        let now = try F.extract("Ursula von der Leyen a rencontré Edi Rama cet automne à Tirana.", published: "2023-10-20")
        #expect(now.events(.meeting).map(\.date.isoString) == ["2023-09-01/2023-11-30"], "\(now.dump)")
        let next = try F.extract("Aleksandar Vucic and Albin Kurti will meet in Brussels next spring.", published: "2023-10-02", language: "en")
        #expect(next.events.isEmpty, "\(next.dump)")
    }

    @Test func aSeasonBoundsTheWindowOfAnUndatedArticle() throws {
        let text = """
        Les négociations, relancées à l'automne 2022, ont repris.

        Aleksandar Vucic et Albin Kurti se sont rencontrés samedi à Ohrid.
        """
        let r = try F.extract(text, published: nil)
        #expect(r.events(.meeting).first?.date.earliest.iso == "2022-09-01", "\(r.dump)")
    }
}

@Suite struct PlannedYearTests {
    typealias F = Fixture

    @Test func aPlannedEventsYearBoundsWhenAnUndatedArticleWasWritten() throws {
        // 23 October was a Wednesday in 2019 and in 2024; "the next summit in 2022" says the article is older.
        let text = """
        Sommet à Sotchi

        Le sommet Russie-Afrique s'est ouvert ce mercredi 23 octobre à Sotchi, en présence de Vladimir Poutine et Abdel Fattah al-Sissi.

        Le prochain sommet Russie-Afrique aura lieu en 2022.
        """
        let r = try F.extract(text, published: nil)
        #expect(r.referenceDate?.iso == "2019-10-23", "\(r.dump)")
        #expect(r.events(.summit).map(\.date.isoString) == ["2019-10-23"], "\(r.dump)")
    }

    /// "had arrived on Monday and held talks with Scholz in Berlin on Tuesday": the day before "and" is the arrival's;
    /// the talks have their own day after them.
    @Test func aDayBeforeAndIsTheFirstVerbsWhenTheMentionHasItsOwn() throws {
        let en = try F.extract("Emmanuel Macron had arrived on Monday and held talks with Olaf Scholz in Berlin on Tuesday.", published: "2023-06-16", language: "en")
        #expect(en.events(.meeting).map(\.date.isoString) == ["2023-06-13"], "\(en.dump)")
        let fr = try F.extract("Emmanuel Macron était arrivé lundi et avait eu des entretiens avec Olaf Scholz à Berlin le mardi suivant.", published: "2023-06-16")
        #expect(fr.events(.meeting).map(\.date.isoString) == ["2023-06-13"], "\(fr.dump)")
        // With no day of its own after it, the day before "and" still dates it.
        let one = try F.extract("Emmanuel Macron arrived in Berlin on Monday and held talks with Olaf Scholz.", published: "2023-06-16", language: "en")
        #expect(one.events(.meeting).map(\.date.isoString) == ["2023-06-12"], "\(one.dump)")
    }
    /// An undated article whose only full date is that of something planned: the planned day does not date the
    /// article, and "mardi 9 mars" keeps the year where 9 March is a Tuesday.
    @Test func aPlannedDayDoesNotDateAnUndatedArticleAndAWeekdayKeepsItsYear() throws {
        let text = """
        Emmanuel Macron a reçu mardi 9 mars à l'Élysée Recep Tayyip Erdogan.

        Les deux dirigeants ont évoqué les élections prévues le 14 novembre 2021 en Libye.
        """
        let r = try F.extract(text, published: nil)
        #expect(r.events(.meeting).map(\.date.isoString) == ["2021-03-09"], "\(r.dump)")
        #expect(r.referenceDate?.iso == "2021-03-09", "\(r.dump)")
    }
    /// "Dès mercredi" opening a sentence dates its call (it folds like the genitive "des"); the next sentence's call by
    /// the same caller, with no day of its own, is of that day, not of the article's main event.
    @Test func aCallOpenedByDesAndTheNextCallOfTheSameCallerShareTheirDay() throws {
        let text = """
        Recep Tayyip Erdogan s'est rendu mardi 20 octobre à Moscou, où il a été reçu par Vladimir Poutine.

        Dès mercredi, Vladimir Poutine a téléphoné à Emmanuel Macron pour l'informer de ces entretiens. Le chef de l'État russe a également appelé la chancelière allemande Angela Merkel, selon le Kremlin.
        """
        let r = try F.extract(text, published: "2020-10-23")
        let calls = r.events(.call)
        #expect(calls.count == 2 && calls.allSatisfy { $0.date.isoString == "2020-10-21" }, "\(r.dump)")
        #expect(r.events(.meeting).map(\.date.isoString) == ["2020-10-20"], "\(r.dump)")
    }

    /// A long apposition about a guest, even one whose name holds an agreement word ("Government of National Accord"),
    /// does not keep the day after it from the meeting.
    @Test func anAppositionAboutAGuestKeepsTheDayAfterItWithTheMeeting() throws {
        for text in ["Erdogan received Fayez al-Sarraj, chairman of the Presidential Council of Libya's internationally recognised Government of National Accord (GNA), in Ankara on Wednesday, the presidency said.",
                     "Vladimir Putin met Khalifa Haftar, commander of the self-styled Libyan National Army based in the east of the war-torn country, in Moscow on Tuesday."] {
            let r = try F.extract(text, published: "2020-01-10", language: "en")
            let meetings = r.events(.meeting)
            #expect(meetings.count == 1 && meetings[0].date.basis == .relativeToPublication && r.events(.agreement).isEmpty, "\(text)\n\(r.dump)")
        }
    }
}
