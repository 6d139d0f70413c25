import Testing
import DiploModel
import DiploExtraction

/// Who takes part: titles resolved through offices, counterparts, misspellings, institutions.
@Suite struct ExtractionActorTests {
    typealias F = Fixture

    @Test func titleResolvesToTheOfficeHolderAtTheEventDate() throws {
        let rouhani = try F.actorID(named: "Hassan Rouhani")
        let raisi = try F.actorID(named: "Ebrahim Raisi")

        // Friday 2018-09-07: Hassan Rouhani was president of Iran.
        let r2018 = try F.extract("Vladimir Poutine, Recep Tayyip Erdogan et le président iranien ont tenu vendredi un sommet tripartite à Téhéran sur la Syrie.",
                                  published: "2018-09-07")
        let s2018 = r2018.events(.summit)
        try #require(s2018.count == 1, "\(r2018.dump)")
        #expect(s2018[0].date.isoString == "2018-09-07", "\(r2018.dump)")
        #expect(s2018[0].involves(F.putin, F.erdogan, rouhani), "\(r2018.dump)")
        #expect(!s2018[0].participantIDs.contains(raisi), "\(r2018.dump)")
        #expect(s2018[0].participants.contains { $0.name == "Hassan Rouhani" }, "\(r2018.dump)")

        // Tuesday 2022-07-19: Ebrahim Raisi was.
        let r2022 = try F.extract("Vladimir Poutine, Recep Tayyip Erdogan et le président iranien ont tenu mardi un sommet tripartite à Téhéran sur la Syrie.",
                                  published: "2022-07-19")
        let s2022 = r2022.events(.summit)
        try #require(s2022.count == 1, "\(r2022.dump)")
        #expect(s2022[0].date.isoString == "2022-07-19", "\(r2022.dump)")
        #expect(s2022[0].involves(F.putin, F.erdogan, raisi), "\(r2022.dump)")
        #expect(!s2022[0].participantIDs.contains(rouhani), "\(r2022.dump)")
        #expect(s2022[0].participants.contains { $0.name == "Ebrahim Raisi" }, "\(r2022.dump)")
    }

    @Test func frenchTitleWithItsCountryAdjectivesInsideResolves() throws {
        let lavrov = try F.actorID(named: "Sergey Lavrov"), cavusoglu = try F.actorID(named: "Mevlüt Çavuşoğlu")
        let one = try F.extract("Le ministre turc des Affaires étrangères a rencontré mercredi à Moscou son homologue russe.", published: "2019-01-18")
        #expect(one.events(.meeting).count == 1 && one.events(.meeting).first.map { Set($0.participantIDs) } == [lavrov, cavusoglu], "\(one.dump)")
        let mnatsakanyan = try F.actorID(named: "Zohrab Mnatsakanyan"), mammadyarov = try F.actorID(named: "Elmar Mammadyarov")
        let two = try F.extract("Les ministres arménien et azerbaïdjanais des Affaires étrangères se sont rencontrés mercredi à Paris.", published: "2019-01-18")
        #expect(two.events(.meeting).count == 1 && two.events(.meeting).first.map { Set($0.participantIDs) } == [mnatsakanyan, mammadyarov], "\(two.dump)")
        // The same words without adjectives inside stay the title they were ("le ministre des Affaires étrangères russe").
        let after = try F.extract("Le ministre des Affaires étrangères russe a rencontré mercredi à Moscou son homologue turc.", published: "2019-01-18")
        #expect(after.events(.meeting).first.map { Set($0.participantIDs) } == [lavrov, cavusoglu], "\(after.dump)")
    }

    @Test func aLeadersCounterpartIsTheOtherStatesLeaderWhateverTheTitle() throws {
        let xi = try F.actorID(named: "Xi Jinping"), scholz = try F.actorID(named: "Olaf Scholz")
        let steinmeier = try F.actorID(named: "Frank-Walter Steinmeier"), modi = try F.actorID(named: "Narendra Modi")
        for (text, language) in [("Le président chinois Xi Jinping s'est entretenu mardi par visioconférence avec son homologue allemand.", "fr"),
                                 ("Chinese President Xi Jinping held a video call with his German counterpart on Tuesday.", "en")] {
            let r = try F.extract(text, published: "2022-03-08", language: language)
            let call = try #require(r.events(.call).first, "\(r.dump)")
            // Germany is led by its chancellor: a president's "counterpart" there is the chancellor.
            #expect(call.participantIDs == [xi, scholz], "\(r.dump)")
        }
        // The other way round: a prime minister who leads his state meets the leader of a presidential one.
        let pm = try F.extract("Le chancelier allemand Olaf Scholz a rencontré jeudi à Berlin son homologue indien.", published: "2022-05-02")
        #expect(pm.events(.meeting).first?.participantIDs == [scholz, modi], "\(pm.dump)")
        // A head of state who does not lead his state has the other head of state as counterpart.
        let mattarella = try F.actorID(named: "Sergio Mattarella")
        let heads = try F.extract("German President Frank-Walter Steinmeier received his Italian counterpart in Berlin on Tuesday.", published: "2022-06-07", language: "en")
        #expect(heads.events(.meeting).first?.participantIDs == [steinmeier, mattarella], "\(heads.dump)")
    }

    @Test func aGroupInsideAnAppositionAboutAPersonBringsNobody() throws {
        let mattarella = try F.actorID(named: "Sergio Mattarella"), draghi = try F.actorID(named: "Mario Draghi")
        let cases = [("""
            Emmanuel Macron a rencontré vendredi à Rome Mario Draghi. Jeudi soir, le président français avait dîné avec Sergio Mattarella, artisan du rapprochement entre les deux pays, au palais du Quirinal.
            """, "fr"), ("""
            Emmanuel Macron met Mario Draghi in Rome on Friday. On Thursday evening, the French president had dinner with Sergio Mattarella, a key figure in the rapprochement between the two countries, at the Quirinal Palace.
            """, "en")]
        for (text, language) in cases {
            let r = try F.extract(text, published: "2021-11-26", language: language)
            let dinner = try #require(r.events(.meeting).first { $0.date.isoString == "2021-11-25" }, "\(r.dump)")
            // "the two countries" describes Mattarella: Draghi, of the meeting before, was not at the dinner.
            #expect(dinner.participantIDs == [F.macron, mattarella], "\(r.dump)")
            #expect(r.events.allSatisfy { $0.type != .summit } && r.events(.meeting).contains { $0.participantIDs == [F.macron, draghi] }, "\(r.dump)")
        }
    }

    @Test func aFormatNamedAfterACityNamesNoParty() throws {
        let kazakhstan = "Q232"
        for (text, language) in [("Sergey Lavrov, Abbas Araghchi and Hakan Fidan met on Saturday in Doha, under the so-called Astana process.", "en"),
                                 ("Sergueï Lavrov, Abbas Araghchi et Hakan Fidan se sont réunis samedi à Doha dans le format d'Astana.", "fr")] {
            let r = try F.extract(text, published: "2024-12-08", language: language)
            #expect(r.events(.meeting).count == 1, "\(text)\n\(r.dump)")
            #expect(r.events.allSatisfy { !$0.participantIDs.contains(kazakhstan) && !$0.regions.contains { $0.id == "KZ" || $0.name == "Astana" } }, "\(text)\n\(r.dump)")
        }
    }

    @Test func whoAskedForACallIsNoPartyToIt() throws {
        let zelensky = try F.actorID(named: "Volodymyr Zelensky")
        for (text, language) in [("Emmanuel Macron s'est entretenu samedi par téléphone avec Vladimir Poutine, à la demande du président ukrainien Volodymyr Zelensky.", "fr"),
                                 ("Emmanuel Macron spoke by phone with Vladimir Putin on Saturday at the request of Ukrainian President Volodymyr Zelensky.", "en")] {
            let r = try F.extract(text, published: "2022-02-27", language: language)
            #expect(r.events(.call).count == 1 && r.events(.call).first.map { Set($0.participantIDs) } == [F.macron, F.putin], "\(text)\n\(r.dump)")
            #expect(r.events.allSatisfy { !$0.participantIDs.contains(zelensky) }, "\(text)\n\(r.dump)")
        }
    }

    @Test func envoysAndNegotiatorsAreKnownByName() throws {
        let kilic = try F.actorID(named: "Serdar Kılıç"), rubinyan = try F.actorID(named: "Ruben Rubinyan")
        let en = try F.extract("The special envoys of Turkey and Armenia, Serdar Kilic and Ruben Rubinyan, met in Moscow on Friday for a first round of talks.",
                               published: "2022-01-14", language: "en")
        #expect(en.events(.meeting).count == 1 && en.events(.meeting).first.map { $0.involves(kilic, rubinyan) } == true, "\(en.dump)")
        let kozak = try F.actorID(named: "Dmitry Kozak"), plotner = try F.actorID(named: "Jens Plötner")
        let fr = try F.extract("Dmitri Kozak et Jens Plötner se sont rencontrés mercredi à Paris avec les conseillers diplomatiques ukrainien et français.",
                               published: "2022-01-26")
        #expect(fr.events(.meeting).first.map { $0.involves(kozak, plotner) } == true, "\(fr.dump)")
    }

    @Test func frenchCounterpartResolvesRelativeToTheRussianPresident() throws {
        let r = try F.extract("Le président russe Vladimir Poutine s'est entretenu mardi par téléphone avec son homologue turc au sujet des réfugiés syriens.",
                              published: "2020-02-18")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].participantIDs == [F.putin, F.erdogan], "\(r.dump)")
    }

    @Test func englishCounterpartResolvesRelativeToTheRussianPresident() throws {
        let r = try F.extract("Russian President Vladimir Putin spoke by phone on Tuesday with his Turkish counterpart about Syrian refugees.",
                              published: "2020-02-18", language: "en")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2020-02-18", "\(r.dump)")
        #expect(calls[0].participantIDs == [F.putin, F.erdogan], "\(r.dump)")
    }

    @Test func misspelledNamesStillResolve() throws {
        let r = try F.extract("Vladimir Poutine a eu mardi un entretien téléphonique avec Reccep Tayip Erdogan à propos du corridor céréalier.",
                              published: "2020-02-18")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].participantIDs == [F.putin, F.erdogan], "\(r.dump)")
        #expect(calls[0].participants.contains { $0.name == "Recep Tayyip Erdoğan" }, "\(r.dump)")
    }

    @Test func kremlinAsReadoutSpeakerIsNotASeparateEvent() throws {
        let text = """
        Vladimir Poutine s'est entretenu mardi par téléphone avec Recep Tayyip Erdogan, a annoncé le Kremlin dans un communiqué.

        Le Kremlin a précisé que la conversation avait porté sur la situation en Syrie.
        """
        let r = try F.extract(text, published: "2020-02-18")
        try #require(r.events.count == 1, "\(r.dump)")
        let e = r.events[0]
        #expect(e.type == .call, "\(r.dump)")
        #expect(e.date.isoString == "2020-02-18", "\(r.dump)")
        #expect(e.participantIDs == [F.putin, F.erdogan], "\(r.dump)")
        #expect(!e.participants.contains { $0.kind == .institution }, "\(r.dump)")
    }
}

/// People known only by a title and their name take the country the title gives, wherever it is written.
@Suite struct TitledUnknownPeopleTests {
    typealias F = Fixture

    @Test func deputiesOfTwoCountriesHoldBilateralTalksNotASummit() throws {
        let en = try F.extract("U.S. Deputy Secretary of State Karen Whitfield and Russian Deputy Foreign Minister Ivan Petrovsky held strategic talks in Vienna on Monday.",
                               published: "2024-03-06", language: "en")
        let meetings = en.events(.meeting)
        try #require(meetings.count == 1, "\(en.dump)")
        #expect(en.events(.summit).isEmpty, "\(en.dump)")
        #expect(Set(meetings[0].participants.map(\.name)) == ["Karen Whitfield", "Ivan Petrovsky"], "\(en.dump)")
        #expect(Set(meetings[0].participants.compactMap(\.country)) == ["US", "RU"], "\(en.dump)")
        #expect(meetings[0].date.isoString == "2024-03-04")

        let fr = try F.extract("La secrétaire d'État adjointe américaine Karen Whitfield a rencontré lundi à Vienne le ministre turc Ahmet Demirkol.",
                               published: "2024-03-06")
        let frMeetings = fr.events(.meeting)
        try #require(frMeetings.count == 1, "\(fr.dump)")
        #expect(frMeetings[0].participants.first { $0.name == "Karen Whitfield" }?.country == "US", "\(fr.dump)")
    }
}

/// "The leaders of Russia, Iran and Turkey": a plural title takes its whole list of countries.
@Suite struct TitleListTests {
    typealias F = Fixture

    @Test func aPluralTitleOfSeveralCountriesIsTheirLeaders() throws {
        let en = try F.extract("The leaders of Russia, Iran, Kazakhstan, Azerbaijan and Turkmenistan signed a convention on Sunday in Aktau.",
                               published: "2018-08-13", language: "en")
        let a = try #require(en.events(.agreement).first, "\(en.dump)")
        #expect(a.participants.count == 5 && a.participants.allSatisfy { $0.kind == .person }, "\(en.dump)")
        let fr = try F.extract("Les dirigeants de la Russie, de l'Iran et de la Turquie se sont réunis lundi à Téhéran.", published: "2018-09-08")
        let s = try #require(fr.events(.summit).first, "\(fr.dump)")
        #expect(s.involves(F.putin, F.erdogan) && s.participants.count == 3, "\(fr.dump)")
    }

    @Test func aCityNamedAfterItsKindIsWhereItHappened() throws {
        let en = try F.extract("The previous Caspian summit was held in the Russian city of Astrakhan in September 2014.", published: "2018-08-13", language: "en")
        #expect(en.events(.summit).first?.location?.name == "Astrakhan", "\(en.dump)")
        let fr = try F.extract("Le sommet de la Caspienne s'est tenu dimanche dans la ville portuaire d'Aktau.", published: "2018-08-13")
        #expect(fr.events(.summit).first?.location?.name == "Aktau", "\(fr.dump)")
    }

    /// The background named after "dans un contexte de", "amid" holds no party.
    @Test func theBackgroundOfAVisitHoldsNoParty() throws {
        let zelensky = try F.actorID(named: "Volodymyr Zelensky")
        for (text, language) in [("Le président turc s'est rendu jeudi à Kiev où il a été reçu par le président ukrainien, dans un contexte de vives tensions entre Moscou et les pays occidentaux.", "fr"),
                                 ("The Turkish president was received in Kyiv on Thursday by Ukrainian President Volodymyr Zelensky amid tensions between Moscow and the West.", "en")] {
            let r = try F.extract(text, published: "2022-02-04", language: language)
            let meetings = r.events(.meeting)
            #expect(meetings.count == 1 && meetings[0].participantIDs == [F.erdogan, zelensky], "\(text)\n\(r.dump)")
        }
    }

    /// "at the Mellon Auditorium, where the founding treaty was signed in 1949": whoever is at the place did not sign.
    @Test func anAgreementInAClauseAboutThePlaceHasNoSignerFromBefore() throws {
        let biden = try F.actorID(named: "Joe Biden")
        for (text, language) in [("Joe Biden a ouvert mardi le sommet au Mellon Auditorium, là où avait été signé le traité fondateur en 1949.", "fr"),
                                 ("Joe Biden opened the summit on Tuesday at the Mellon Auditorium, where the founding treaty was signed in 1949.", "en")] {
            let r = try F.extract(text, published: "2024-07-10", language: language)
            #expect(!r.events(.agreement).contains { $0.participantIDs.contains(biden) }, "\(text)\n\(r.dump)")
        }
        // Trap: a pronoun takes the subject up.
        let r = try F.extract("Erdogan s'est rendu lundi à Sotchi, où il a signé un accord avec Vladimir Poutine.", published: "2024-07-10")
        #expect(r.events(.agreement).first?.involves(F.erdogan, F.putin) == true, "\(r.dump)")
    }

    /// "After the two powers agreed … in a China-brokered deal, Raisi called King Salman": after a comma, a verb with its
    /// own subject opens another clause; the broker of the earlier deal is not on the call.
    @Test func aVerbWithItsOwnSubjectAfterACommaIsAnotherClause() throws {
        let china = try #require(F.knowledge().countries.values.first { $0.name == "China" }?.qid)
        let r = try F.extract("After the two regional powers agreed to restore diplomatic relations in a China-brokered deal, Raisi called King Salman on Monday.",
                              published: "2023-05-10", language: "en")
        let calls = r.events(.call)
        #expect(calls.count == 1 && !calls[0].participantIDs.contains(china), "\(r.dump)")
    }

    /// "Lors d'un entretien téléphonique mercredi, le maître du Kremlin a exhorté Erdogan à…": what was said during a
    /// fronted call was said to its other party, the person right after the verb.
    @Test func whoIsUrgedDuringAFrontedCallIsOnTheCall() throws {
        for (text, language) in [("Lors d'un entretien téléphonique mercredi, le maître du Kremlin a exhorté Recep Tayyip Erdogan à la retenue.", "fr"),
                                 ("During a phone call on Wednesday, Putin urged Erdogan to show restraint in Syria.", "en")] {
            let r = try F.extract(text, published: "2022-06-05", language: language)
            #expect(r.events(.call).first?.involves(F.putin, F.erdogan) == true, "\(text)\n\(r.dump)")
        }
        // Trap: an interview is no talk with whoever the speaker names, nor is a state in what was said.
        let interview = try F.extract("Dans un entretien diffusé jeudi par une agence russe, Vladimir Poutine a affirmé que Recep Tayyip Erdogan était un partenaire fiable.", published: "2022-06-05")
        #expect(interview.events(.meeting).isEmpty && interview.events(.call).isEmpty, "\(interview.dump)")
    }
}

@Suite struct SpokenOfSidesTests {
    typealias F = Fixture

    @Test func frenchSidesOfAWarAreNoParties() throws {
        let r = try F.extract("Recep Tayyip Erdogan a rencontré vendredi Olaf Scholz à Berlin, en pleine guerre Israël-Hamas.", published: "2023-11-18")
        let m = try #require(r.events(.meeting).first, "\(r.dump)")
        #expect(m.participants.map(\.name).sorted() == ["Olaf Scholz", "Recep Tayyip Erdoğan"], "\(r.dump)")
    }

    @Test func englishSidesOfAWarAreNoParties() throws {
        let r = try F.extract("Recep Tayyip Erdogan met Olaf Scholz in Berlin on Friday, as the Israel-Hamas war raged.", published: "2023-11-18", language: "en")
        let m = try #require(r.events(.meeting).first, "\(r.dump)")
        #expect(m.participants.map(\.name).sorted() == ["Olaf Scholz", "Recep Tayyip Erdoğan"], "\(r.dump)")
    }

    @Test func englishStatesThingSpokenOfIsNoParty() throws {
        let r = try F.extract("At a joint press conference after their talks in Berlin on Friday, Scholz told Erdogan that Israel's right to defend itself was not in question.",
                              published: "2023-11-18", language: "en")
        #expect(!r.events.contains { $0.participants.contains { $0.name == "Israel" } }, "\(r.dump)")
    }

    @Test func englishStatesPeopleAfterItsPossessiveStillCount() throws {
        // The state stands for its official named after the possessive, who is not in the knowledge base.
        let r = try F.extract("Rafael Grossi met Iran's nuclear chief Mohammad Eslami in Tehran on Friday.", published: "2023-03-04", language: "en")
        #expect(r.events(.meeting).first?.participants.contains { $0.name == "Iran" } == true, "\(r.dump)")
    }
}

@Suite struct StalledTalksTests {
    @Test func englishStalledTalksAreNoEvent() throws {
        let r = try Fixture.extract("The two leaders also discussed migration and Turkey's stalled EU accession talks.", published: "2023-11-18", language: "en")
        #expect(r.events.isEmpty, "\(r.dump)")
    }

    @Test func frenchStalledTalksAreNoEvent() throws {
        let r = try Fixture.extract("Les deux dirigeants ont aussi évoqué les négociations d'adhésion de la Turquie à l'UE, au point mort.", published: "2023-11-18")
        #expect(r.events.isEmpty, "\(r.dump)")
    }
}
