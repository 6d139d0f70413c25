import Foundation
import Testing
import DiploModel
import DiploExtraction

/// A reported event and a planned one in the same sentence: the plan is rejected alone.
@Suite struct ExtractionClauseTests {
    typealias F = Fixture

    @Test func englishCallInWhichLeadersAgreedToMeetIsStillACall() throws {
        let r = try F.extract("Angela Merkel and Vladimir Putin held a phone call on Thursday in which the two leaders agreed to meet in Berlin next month.",
                              published: "2020-02-21", language: "en")
        let calls = r.events(.call)
        #expect(calls.count == 1, "\(r.dump)")
        #expect(calls.first?.date.isoString == "2020-02-20", "\(r.dump)")
        #expect(r.events(.meeting).isEmpty, "the planned meeting is not an event: \(r.dump)")
        #expect(r.nearMisses.contains { $0.reason.contains("future") }, "\(r.dump)")
    }

    @Test func frenchCallDuringWhichLeadersAgreedToMeetIsStillACall() throws {
        let r = try F.extract("Angela Merkel et Vladimir Poutine ont eu jeudi un entretien téléphonique au cours duquel ils ont convenu de se rencontrer à Berlin.",
                              published: "2020-02-21")
        #expect(r.events(.call).count == 1, "\(r.dump)")
        #expect(r.events(.meeting).isEmpty, "\(r.dump)")
    }

    @Test func whoReportsAMeetingIsNoPartyToItAndItsDayIsTheReportedOne() throws {
        let guterres = try F.actorID(named: "António Guterres"), peskov = try F.actorID(named: "Dmitry Peskov")
        // Published Thursday 2022-04-28: said on Wednesday (27th), met on Tuesday (26th).
        for (text, language) in [("Dmitri Peskov a indiqué mercredi que Vladimir Poutine avait rencontré mardi à Moscou le chef de l'ONU.", "fr"),
                                 ("Kremlin spokesman Dmitry Peskov said on Wednesday that Putin met UN chief Antonio Guterres in Moscow on Tuesday.", "en"),
                                 ("Dmitry Peskov said Putin met Antonio Guterres in Moscow on Tuesday.", "en")] {
            let r = try F.extract(text, published: "2022-04-28", language: language)
            let meetings = r.events(.meeting)
            try #require(meetings.count == 1, "\(text)\n\(r.dump)")
            #expect(Set(meetings[0].participantIDs) == [F.putin, guterres], "\(text)\n\(r.dump)")
            #expect(!meetings[0].participantIDs.contains(peskov), "\(text)\n\(r.dump)")
            #expect(meetings[0].date.isoString == "2022-04-26", "\(text)\n\(r.dump)")
        }
        // Trap: the speaker who says "he" (or "il") spoke with someone is the one who did.
        for (text, language) in [("Erdogan said on Wednesday that he had spoken with Vladimir Putin by phone.", "en"),
                                 ("Recep Tayyip Erdogan a déclaré mercredi qu'il s'était entretenu par téléphone avec Vladimir Poutine.", "fr")] {
            let r = try F.extract(text, published: "2022-04-28", language: language)
            #expect(r.events(.call).count == 1 && r.events(.call).first?.involves(F.putin, F.erdogan) == true, "\(text)\n\(r.dump)")
        }
    }

    @Test func aFutureWordAboutSomethingElseDoesNotSplitAnEvent() throws {
        // "prochain" qualifies the elections, not the agreement or the meeting it was announced at.
        let r = try F.extract("Un accord a été conclu entre Fayez al-Sarraj et Khalifa Haftar pour des élections le 10 décembre prochain, comme annoncé à l'issue d'une réunion à Paris ce mardi.",
                              published: "2018-05-30")
        let agreements = r.events(.agreement)
        #expect(agreements.count == 1, "\(r.dump)")
        #expect(agreements.first?.date.isoString == "2018-05-29", "\(r.dump)")
    }
}

/// `words.tsv`: the grammatical words the rules use are data, and a typo in a class name is reported.
@Suite struct FunctionWordsTests {
    @Test func everyLanguageListsItsWords() throws {
        let k = try Fixture.knowledge()
        for (code, pack) in k.languages {
            #expect(!pack.words.genitives.isEmpty, "\(code): no genitive words")
            #expect(!pack.words.articles.isEmpty, "\(code): no articles")
            #expect(!pack.words.locatives.isEmpty, "\(code): no locatives")
        }
        #expect(k.languages["fr"]?.words.locatives.contains("a") == true, "à is folded to a")
        #expect(k.languages["en"]?.words.infinitiveMarkers == ["to"])
    }

    @Test func unknownClassIsAnErrorNamingFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("words.tsv")
        try "# comment\ngenitive\tde\ngenitve\tdu\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            _ = try FunctionWords.load(file)
        } throws: { error in
            "\(error)".contains("words.tsv:3") && "\(error)".contains("genitve")
        }
    }
}

/// "the deal", "à l'issue des consultations": mentions that point back to an agreement already reported.
@Suite struct ExtractionAntecedentTests {
    typealias F = Fixture

    @Test func englishDefiniteDealJoinsTheSignedAgreement() throws {
        let text = """
        Armenia and Azerbaijan signed a peace deal in Washington on Friday.

        Earlier talks in Geneva on August 2 had prepared the text, diplomats said.

        Speaking after the ceremony, Antony Blinken thanked Switzerland for its help in signing of the peace deal.
        """
        let r = try F.extract(text, published: "2025-08-09", language: "en")
        let agreements = r.events(.agreement)
        #expect(agreements.count == 1, "\(r.dump)")
        #expect(agreements.first?.date.isoString == "2025-08-08", "\(r.dump)")
    }

    @Test func frenchDeclarationAtTheEndOfTalksIsTheAgreementAlreadyReported() throws {
        let text = """
        Le 10 mars, l'Iran et l'Arabie saoudite ont convenu, lors de négociations à Pékin, de rétablir leurs relations.

        Le prince héritier saoudien Mohammed ben Salmane a tenu mardi une conversation téléphonique avec le président chinois Xi Jinping.

        À l'issue des consultations, une déclaration tripartite a été adoptée, dans laquelle Téhéran et Riyad s'engagent à respecter la souveraineté des États.
        """
        let r = try F.extract(text, published: "2023-03-29")
        let agreements = r.events(.agreement)
        #expect(agreements.count == 1, "\(r.dump)")
        #expect(agreements.first?.date.isoString == "2023-03-10", "\(r.dump)")
        #expect(r.events(.call).first?.date.isoString == "2023-03-28", "\(r.dump)")
    }
}

/// A date inside an infinitive clause dates the intention, not the event reported.
@Suite struct ExtractionIntentionDateTests {
    typealias F = Fixture

    @Test func englishDateOfIntendedElectionsDoesNotDateTheAgreement() throws {
        let r = try F.extract("Fayez al-Sarraj and Khalifa Haftar agreed on a joint declaration stating they are committed to organizing elections in December.",
                              published: "2018-05-30", language: "en")
        let a = r.events(.agreement)
        #expect(a.count == 1, "\(r.dump)")
        // Without the December of the elections, the lead's event is dated by the publication day.
        #expect(a.first?.date.isoString == "2018-05-30", "\(r.dump)")
    }

    @Test func frenchDateOfIntendedElectionsDoesNotDateTheAgreement() throws {
        let r = try F.extract("Fayez al-Sarraj et Khalifa Haftar ont signé un accord prévoyant d'organiser des élections en décembre.",
                              published: "2018-05-30")
        let a = r.events(.agreement)
        #expect(a.count == 1, "\(r.dump)")
        #expect(a.first?.date.isoString == "2018-05-30", "\(r.dump)")
    }

    @Test func aPlaceAfterToIsNotAnIntention() throws {
        let r = try F.extract("Recep Tayyip Erdogan travelled to Sochi and met Vladimir Putin on September 17, 2018.",
                              published: "2018-09-20", language: "en")
        #expect(r.events(.meeting).first?.date.isoString == "2018-09-17", "\(r.dump)")
    }
}

/// Several events in one sentence take their dates in reading order; hypotheticals are not events.
@Suite struct ExtractionSequenceTests {
    typealias F = Fixture

    @Test func englishChainOfTalksTakesEachItsOwnDate() throws {
        let r = try F.extract("Wendy Sherman and Sergei Ryabkov held talks in Geneva on Jan. 10, followed by a meeting of the NATO-Russia Council in Brussels on Jan. 12 and talks in Vienna the next day.",
                              published: "2022-01-21", language: "en")
        let dates = Set(r.events.map(\.date.isoString))
        #expect(dates.contains("2022-01-10"), "\(r.dump)")
        #expect(dates.contains("2022-01-12"), "\(r.dump)")
        #expect(dates.contains("2022-01-13"), "\(r.dump)")
        // "followed by": the second meeting is the Council's, not Sherman and Ryabkov's again.
        let brussels = r.events.first { $0.date.isoString == "2022-01-12" }
        #expect(brussels?.participants.contains { $0.name == "Wendy Sherman" } == false, "\(r.dump)")
    }

    @Test func englishPossibleMeetingIsNoEvent() throws {
        let r = try F.extract("Antony Blinken said on Friday that a further meeting between Joe Biden and Vladimir Putin was possible.",
                              published: "2022-01-21", language: "en")
        #expect(r.events.filter { $0.type == .meeting }.isEmpty, "\(r.dump)")
        #expect(r.nearMisses.contains { $0.reason.contains("hypothetical") }, "\(r.dump)")
    }

    @Test func frenchEventualSummitIsNoEvent() throws {
        let r = try F.extract("Le Kremlin a évoqué mardi un sommet éventuel entre Vladimir Poutine et Volodymyr Zelensky.",
                              published: "2022-03-02")
        #expect(r.events.filter { $0.type == .summit || $0.type == .meeting }.isEmpty, "\(r.dump)")
    }
}

/// What kind of gathering: a "summit" of two leaders is a meeting; the G20 around a meeting is its setting.
@Suite struct ExtractionGatheringTests {
    typealias F = Fixture

    @Test func frenchTwoLeaderSummitIsAMeeting() throws {
        let r = try F.extract("Le président américain Donald Trump et son homologue russe Vladimir Poutine ont tenu lundi un sommet à Helsinki.",
                              published: "2018-07-17")
        #expect(r.events(.meeting).count == 1, "\(r.dump)")
        #expect(r.events(.summit).isEmpty, "\(r.dump)")
    }

    @Test func meetingOnTheSidelinesOfTheG20IsBilateral() throws {
        let r = try F.extract("Donald Trump et Vladimir Poutine s'étaient rencontrés en marge du G20 de Hambourg, en juillet 2017.",
                              published: "2018-07-17")
        let m = r.events(.meeting)
        #expect(m.count == 1, "\(r.dump)")
        #expect(m.first?.participants.count == 2, "\(r.dump)")
        #expect(m.first?.date.isoString == "2017-07", "\(r.dump)")
    }

    @Test func englishSidelinesMeetingIsBilateral() throws {
        let r = try F.extract("Xi Jinping met Anthony Albanese on the sidelines of the G20 in Bali on Tuesday.",
                              published: "2022-11-16", language: "en")
        #expect(r.events(.meeting).first?.participants.count == 2, "\(r.dump)")
        #expect(r.events(.summit).isEmpty, "\(r.dump)")
    }

    @Test func englishSpokenByPhoneIsACall() throws {
        let r = try F.extract("Joe Biden and Xi Jinping had last spoken by phone in July, in a two-hour call dominated by Taiwan.",
                              published: "2022-11-14", language: "en")
        #expect(r.events(.call).first?.date.isoString == "2022-07", "\(r.dump)")
    }
}

/// French talk reports: "entretien" is a call when the article reports one; a call names one side.
@Suite struct ExtractionFrenchTalkTests {
    typealias F = Fixture

    @Test func entretienJoinsTheCallOfTheHeadline() throws {
        let text = """
        Emmanuel Macron s'est entretenu jeudi pendant 90 minutes avec Vladimir Poutine. C'est le troisième entretien entre les deux hommes depuis le début de l'invasion.

        Lundi, lors d'un précédent appel, le maître du Kremlin s'était engagé à cesser les frappes.

        Vladimir Poutine a évoqué le deuxième round de négociations entre délégations russe et ukrainienne, qui se tenait jeudi au Bélarus.
        """
        let r = try F.extract(text, published: "2022-03-03", title: "Ukraine : après un nouvel appel avec Poutine, l'Elysée se dit pessimiste")
        let calls = r.events(.call).sorted { $0.date.value < $1.date.value }
        #expect(calls.map(\.date.isoString) == ["2022-02-28", "2022-03-03"], "\(r.dump)")
        #expect(calls.allSatisfy { $0.participants.count == 2 }, "\(r.dump)")
        #expect(r.events(.meeting).contains { $0.date.isoString == "2022-03-03" && $0.participants.map(\.name).sorted() == ["Russia", "Ukraine"] }, "\(r.dump)")
        #expect(!r.events(.meeting).contains { $0.participants.contains { $0.name == "Emmanuel Macron" } }, "\(r.dump)")
    }
}

/// A summit and the bilateral meeting held inside it are two events; trigger words inside set phrases are none.
@Suite struct ExtractionSummitSessionTests {
    typealias F = Fixture

    @Test func frenchSummitAndTeteATeteAreTwoEvents() throws {
        let text = """
        Réunis lundi à l'Elysée, Emmanuel Macron, Angela Merkel, Vladimir Poutine et Volodymyr Zelensky se sont engagés à relancer le processus de paix. Le président russe et son homologue ukrainien se sont vus pour la première fois en tête-à-tête.
        """
        let r = try F.extract(text, published: "2019-12-10", title: "Sommet de Paris sur l'Ukraine : un échange de prisonniers, mais pas de percée")
        let summit = r.events(.summit)
        #expect(summit.count == 1, "\(r.dump)")
        #expect(summit.first?.participants.count == 4, "\(r.dump)")
        #expect(summit.first?.date.isoString == "2019-12-09", "\(r.dump)")
        let meeting = r.events(.meeting)
        #expect(meeting.count == 1, "\(r.dump)")
        #expect(meeting.first?.participants.map(\.name).sorted() == ["Vladimir Putin", "Volodymyr Zelensky"], "\(r.dump)")
        #expect(meeting.first?.date.isoString == "2019-12-09", "\(r.dump)")
    }

    @Test func aSummitIsDatedByTheDayItOpenedNotTheDayItEnded() throws {
        let en = try F.extract("""
        The Shanghai Cooperation Organisation summit in Astana ended on Thursday with a joint declaration signed by Xi Jinping, Vladimir Putin and Shehbaz Sharif.

        The summit opened on Wednesday with a session of the heads of state.
        """, published: "2024-07-05", language: "en")
        #expect(en.events(.summit).map(\.date.isoString) == ["2024-07-03"], "\(en.dump)")
        let fr = try F.extract("""
        Le sommet de l'Organisation de coopération de Shanghai s'est achevé jeudi à Astana en présence de Xi Jinping, Vladimir Poutine et Shehbaz Sharif.

        Le sommet s'était ouvert mercredi par une session des chefs d'Etat.
        """, published: "2024-07-05")
        #expect(fr.events(.summit).map(\.date.isoString) == ["2024-07-03"], "\(fr.dump)")
        // A summit a week earlier is another one: "the summit" then names no date of this one.
        let far = try F.extract("""
        The Shanghai Cooperation Organisation summit in Astana ended on Thursday with a joint declaration signed by Xi Jinping, Vladimir Putin and Shehbaz Sharif.

        The summit of 12 June had prepared it.
        """, published: "2024-07-05", language: "en")
        #expect(far.events(.summit).map(\.date.isoString) == ["2024-07-04"], "\(far.dump)")
    }

    @Test func prisonerExchangeAndCallForRestraintAreNoEvents() throws {
        let fr = try F.extract("Moscou et Kiev ont procédé dimanche à un échange de prisonniers.", published: "2019-12-30")
        #expect(fr.events.isEmpty, "\(fr.dump)")
        let en = try F.extract("Antonio Guterres on Monday called for restraint after Recep Tayyip Erdogan spoke of retaliation.",
                               published: "2020-02-18", language: "en")
        #expect(en.events(.call).isEmpty, "\(en.dump)")
    }
}

/// Agreements written verb first, and datelines that are no party.
@Suite struct ExtractionAgreementOrderTests {
    typealias F = Fixture

    @Test func frenchVerbBeforeAccordWithADatelineCity() throws {
        let r = try F.extract("Vienne (AFP) - L'Iran et les grandes puissances du groupe 5+1 ont conclu mardi à Vienne un accord historique en échange d'une levée des sanctions.",
                              published: "2015-07-14")
        let a = r.events(.agreement)
        #expect(a.count == 1, "\(r.dump)")
        #expect(a.first?.date.isoString == "2015-07-14", "\(r.dump)")
        #expect(a.first?.location?.name == "Vienna", "\(r.dump)")
        #expect(a.first?.participants.contains { $0.name == "Austria" } == false, "the dateline city is no party: \(r.dump)")
        #expect(a.first?.participants.contains { $0.name == "P5+1" } == true, "\(r.dump)")
        #expect(r.events(.meeting).isEmpty, "'en échange de' is no exchange: \(r.dump)")
    }

    @Test func englishDatelineCapitalIsNoParty() throws {
        let r = try F.extract("WASHINGTON – Joe Biden and Emmanuel Macron held a phone call on Wednesday.",
                              published: "2021-09-22", language: "en")
        #expect(r.events(.call).first?.participants.count == 2, "\(r.dump)")
    }
}

/// Background clauses: "since X met Y", a proposal made during a call, "their first summit".
@Suite struct ExtractionBackgroundClauseTests {
    typealias F = Fixture

    @Test func englishSinceClauseHasItsOwnSubjectAndDate() throws {
        let r = try F.extract("Joe Biden and Vladimir Putin met in Geneva on Wednesday, their first summit since Putin met Donald Trump in Helsinki in July 2018.",
                              published: "2021-06-17", language: "en")
        let meetings = r.events(.meeting).sorted { $0.date.value < $1.date.value }
        #expect(meetings.map(\.date.isoString) == ["2018-07", "2021-06-16"], "\(r.dump)")
        #expect(meetings.first?.participants.map(\.name).sorted() == ["Donald Trump", "Vladimir Putin"], "\(r.dump)")
        #expect(r.events(.summit).isEmpty, "a two-leader summit is a meeting: \(r.dump)")
    }

    @Test func englishCallInWhichASummitWasProposedIsACall() throws {
        let r = try F.extract("Joe Biden proposed the summit in a phone call with Vladimir Putin on April 13.",
                              published: "2021-06-16", language: "en")
        #expect(r.events(.call).first?.date.isoString == "2021-04-13", "\(r.dump)")
        #expect(r.events(.summit).isEmpty && r.events(.meeting).isEmpty, "the proposed summit is no event: \(r.dump)")
    }

    @Test func frenchDurationClauseDatesNoEvent() throws {
        let r = try F.extract("La rencontre de mercredi à Genève était la première entre Joe Biden et Vladimir Poutine depuis que Joe Biden a pris ses fonctions en janvier.",
                              published: "2021-06-17")
        #expect(r.events(.meeting).first?.date.isoString == "2021-06-16", "\(r.dump)")
    }
}

/// Statements: the speaker is the subject of the verb's own clause; the lead's statement is the day's news.
@Suite struct ExtractionStatementTests {
    typealias F = Fixture

    @Test func frenchSpeakerIsTheClauseSubject() throws {
        let r = try F.extract("Si Kiev avait affirmé dès samedi que la Russie était isolée, Sergueï Lavrov a estimé dimanche que son pays avait été entendu.",
                              published: "2023-09-10")
        let st = r.events(.statement)
        #expect(st.contains { $0.date.isoString == "2023-09-10" && $0.participants.map(\.name) == ["Sergey Lavrov"] }, "\(r.dump)")
        #expect(st.contains { $0.date.isoString == "2023-09-09" && $0.participants.map(\.name) == ["Ukraine"] }, "'si' here is no condition: \(r.dump)")
    }

    @Test func leadStatementTakesThePublicationDay() throws {
        let r = try F.extract("Emmanuel Macron a assuré que la France restait déterminée à défendre ses intérêts.", published: "2018-06-05")
        #expect(r.events(.statement).first?.date.isoString == "2018-06-05", "\(r.dump)")
        #expect(r.events(.statement).first?.date.basis == .inferred, "\(r.dump)")
    }

    @Test func laterUndatedStatementIsANearMiss() throws {
        let text = """
        Emmanuel Macron et Donald Trump se sont entretenus mardi par téléphone.

        Les deux dirigeants ont évoqué le commerce.

        Ils ont aussi parlé de l'Iran.

        Plus tard, Emmanuel Macron a assuré que la France restait déterminée à défendre ses intérêts.
        """
        let r = try F.extract(text, published: "2018-06-05")
        #expect(r.events(.statement).isEmpty, "\(r.dump)")
        #expect(r.nearMisses.contains { $0.reason.contains("statement without a date") }, "\(r.dump)")
    }
}

@Suite struct ExtractionSigningTests {
    typealias F = Fixture

    @Test func frenchSignedOnADayInAPlaceAnAgreement() throws {
        let r = try F.extract("Les représentants du gouvernement éthiopien et du Front de libération du peuple du Tigré ont signé ce mercredi à Pretoria, en Afrique du Sud, un accord de cessation des hostilités.",
                              published: "2022-11-02")
        let a = r.events(.agreement)
        #expect(a.count == 1, "\(r.dump)")
        #expect(a.first?.date.isoString == "2022-11-02", "\(r.dump)")
        #expect(a.first?.location?.name == "Pretoria", "\(r.dump)")
    }

    @Test func severalTimesIsNoOneDatedCall() throws {
        let r = try F.extract("Recep Tayyip Erdogan and Isaac Herzog have spoken by phone several times since July.",
                              published: "2022-03-10", language: "en")
        #expect(r.events(.call).isEmpty, "\(r.dump)")
    }
}

@Suite struct ExtractionClauseBoundaryTests {
    typealias F = Fixture

    @Test func participleClauseAddsNoParty() throws {
        let r = try F.extract("Nancy Pelosi visited Taipei in August, prompting Beijing to stage military drills.",
                              published: "2022-11-14", language: "en")
        #expect(r.events.allSatisfy { !$0.participants.contains { $0.name == "China" } }, "\(r.dump)")
        #expect(r.events(.summit).isEmpty, "\(r.dump)")
    }

    @Test func talksOnTheEveOfASummitAreNotTheSummit() throws {
        let r = try F.extract("Joe Biden and Xi Jinping held three hours of talks in Bali on Monday, on the eve of the G20 summit.",
                              published: "2022-11-14", language: "en")
        let m = r.events(.meeting)
        #expect(m.count == 1, "\(r.dump)")
        #expect(m.first?.participants.map(\.name).sorted() == ["Joe Biden", "Xi Jinping"], "\(r.dump)")
    }
}

/// A person named in full once is the same person when the article later uses a part of the name.
@Suite struct ShortNameTests {
    typealias F = Fixture

    @Test func englishSurnameAfterTheFullName() throws {
        let text = """
        South Korean President Moon Jae-in welcomed Donald Trump in Seoul on Sunday.

        Trump and Moon held talks at the presidential office on Sunday.
        """
        let r = try F.extract(text, published: "2019-06-30", language: "en")
        let m = r.events(.meeting)
        #expect(m.count == 1, "\(r.dump)")
        #expect(m.first?.participants.map(\.name).sorted() == ["Donald Trump", "Moon Jae-in"], "\(r.dump)")
    }

    @Test func aSharedWordNamesNobody() throws {
        // Two people of the article share "Kim": the bare word stays unresolved.
        let text = """
        Kim Jong-un a reçu Kim Yo-jong dimanche à Pyongyang.

        Kim a ensuite rencontré Donald Trump lundi.
        """
        let r = try F.extract(text, published: "2019-07-01")
        #expect(!r.events(.meeting).contains { $0.date.isoString == "2019-07-01" && $0.participants.count == 2 }, "\(r.dump)")
    }
}

@Suite struct TitleAndSurnameTests {
    typealias F = Fixture

    @Test func englishPresidentAndSurnameIsTheOfficeHolder() throws {
        let r = try F.extract("President Clinton met Ehud Barak and Yasser Arafat at Camp David on Tuesday.", published: "2000-07-26", language: "en")
        #expect(r.events.first?.participants.contains { $0.name == "Bill Clinton" } == true, "\(r.dump)")
    }

    @Test func frenchTitleAndSurnameIsTheOfficeHolder() throws {
        let r = try F.extract("Le président Sarkozy a rencontré mardi à Moscou Dmitri Medvedev.", published: "2008-08-13")
        #expect(r.events.first?.participants.contains { $0.name == "Nicolas Sarkozy" } == true, "\(r.dump)")
    }
}

@Suite struct OngoingTalksTests {
    @Test func frenchTalksThatGoOnAreNoDatedEvent() throws {
        let r = try Fixture.extract("Les discussions entre Kinshasa et la rébellion du M23 se poursuivent en parallèle à Doha.", published: "2025-06-28")
        #expect(r.events.isEmpty, "\(r.dump)")
    }
}

@Suite struct AddressedSpeechTests {
    @Test func frenchWordsAddressedToACounterpartAreAMeetingAtTheSummit() throws {
        let text = """
        Les dirigeants se sont réunis jeudi à Samarcande pour le sommet de l'OCS, en présence de Vladimir Poutine.

        Vladimir Poutine a d'ailleurs lui-même déclaré à son homologue chinois Xi Jinping que la Russie comprenait ses préoccupations.
        """
        let r = try Fixture.extract(text, published: "2022-09-16")
        let m = r.events(.meeting)
        #expect(m.contains { $0.participants.map(\.name).sorted() == ["Vladimir Putin", "Xi Jinping"] && $0.date.isoString.hasPrefix("2022-09") }, "\(r.dump)")
    }
}

@Suite struct RelativeAsideTests {
    typealias F = Fixture

    @Test func frenchMeetingWhoseVerbComesAfterARelativeAsideIsHeld() throws {
        let r = try F.extract("La rencontre entre Vladimir Poutine et Recep Tayyip Erdogan, qui a duré trois heures, s'est tenue lundi à Sotchi.",
                              published: "2022-09-07")
        let m = r.events(.meeting)
        #expect(m.count == 1 && m.first?.date.isoString == "2022-09-05" && m.first?.participantIDs == [F.putin, F.erdogan], "\(r.dump)")
    }

    @Test func englishMeetingWhoseVerbComesAfterARelativeAsideIsHeld() throws {
        let r = try F.extract("The meeting between Putin and Erdogan, which lasted three hours, took place on Monday in Sochi.",
                              published: "2022-09-07", language: "en")
        #expect(r.events(.meeting).first?.date.isoString == "2022-09-05", "\(r.dump)")
    }

    @Test func aRelativeAsideBeforeAFutureVerbLeavesTheMeetingToCome() throws {
        let r = try F.extract("La rencontre entre Vladimir Poutine et Recep Tayyip Erdogan, qui devrait durer trois heures, aura lieu lundi à Sotchi.",
                              published: "2022-09-07")
        #expect(r.events(.meeting).isEmpty, "\(r.dump)")
    }
}

@Suite struct ExcludedPartyTests {
    typealias F = Fixture

    @Test func frenchNameFollowedByExcludedTakesNoPart() throws {
        let r = try F.extract("Les ministres des Affaires étrangères du G7 se sont réunis mardi à Rome avec Sergueï Lavrov, Chine exclue.",
                              published: "2022-10-07")
        let china = try #require(F.knowledge().countries.values.first { $0.name == "China" }?.qid)
        let m = try #require(r.events(.meeting).first, "\(r.dump)")
        #expect(!m.participantIDs.contains(china) && m.participants.contains { $0.name == "Sergey Lavrov" }, "\(r.dump)")
    }

    @Test func englishNameFollowedByExcludedTakesNoPart() throws {
        let r = try F.extract("Foreign ministers of the G7 met with Sergei Lavrov in Rome on Tuesday, China excluded.",
                              published: "2022-10-07", language: "en")
        let china = try #require(F.knowledge().countries.values.first { $0.name == "China" }?.qid)
        let m = try #require(r.events(.meeting).first, "\(r.dump)")
        #expect(!m.participantIDs.contains(china) && m.participants.contains { $0.name == "Sergey Lavrov" }, "\(r.dump)")
    }
}
