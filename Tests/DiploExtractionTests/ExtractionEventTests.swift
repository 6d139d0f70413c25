import Testing
import DiploModel
import DiploExtraction

/// Event types, places, in-article merging and evidence.
@Suite struct ExtractionEventTests {
    typealias F = Fixture

    @Test func byPhoneBetweenTwoPeopleIsTheirCallWithNoOtherWordOfExchange() throws {
        for (text, language) in [("Vladimir Poutine a présenté jeudi au téléphone ses condoléances à son homologue turc après le séisme.", "fr"),
                                 ("Vladimir Putin offered his condolences to his Turkish counterpart by phone on Thursday after the earthquake.", "en")] {
            let r = try F.extract(text, published: "2023-02-10", language: language)
            let call = try #require(r.events(.call).first, "\(text)\n\(r.dump)")
            #expect(call.participantIDs == [F.putin, F.erdogan] && call.date.isoString == "2023-02-09", "\(r.dump)")
            // The call, not a statement beside it.
            #expect(r.events(.statement).isEmpty, "\(r.dump)")
        }
        // One person briefing two by phone had a call with each.
        let salman = try F.actorID(named: "Salman of Saudi Arabia")
        let r = try F.extract("Vladimir Putin briefed Turkish President Recep Tayyip Erdogan and Saudi King Salman by phone on Wednesday.",
                              published: "2015-10-22", language: "en")
        #expect(Set(r.events(.call).map(\.participantIDs)) == [[F.putin, F.erdogan], [F.putin, salman]], "\(r.dump)")
        // One person speaking by phone is no call.
        let alone = try F.extract("Dmitri Peskov a déclaré jeudi au téléphone que le Kremlin n'avait pas d'information.", published: "2023-02-10")
        #expect(alone.events(.call).isEmpty, "\(alone.dump)")
    }

    @Test func aMealSharedWithSomeoneIsAMeeting() throws {
        let obama = try F.actorID(named: "Barack Obama"), hollande = try F.actorID(named: "François Hollande")
        for (text, language) in [("Jeudi soir, François Hollande avait dîné avec Barack Obama dans un restaurant parisien.", "fr"),
                                 ("On Thursday evening, Francois Hollande had dinner with Barack Obama at a Paris restaurant.", "en"),
                                 ("François Hollande a retrouvé jeudi soir Barack Obama pour un dîner informel à Paris.", "fr")] {
            let r = try F.extract(text, published: "2014-06-06", language: language)
            let m = try #require(r.events(.meeting).first, "\(text)\n\(r.dump)")
            #expect(m.participantIDs == [obama, hollande] && m.date.isoString == "2014-06-05", "\(r.dump)")
        }
        // A dinner still to come is no meeting yet.
        for (text, language) in [("François Hollande doit dîner samedi avec Barack Obama à Paris.", "fr"),
                                 ("Francois Hollande will have dinner with Barack Obama in Paris on Saturday.", "en")] {
            let r = try F.extract(text, published: "2014-06-06", language: language)
            #expect(r.events.isEmpty, "\(text)\n\(r.dump)")
        }
    }

    @Test func summitWithLocationAndContainedRegions() throws {
        // Friday 2018-09-07.
        let r = try F.extract("Vladimir Poutine, Recep Tayyip Erdogan et Hassan Rohani ont tenu vendredi un sommet tripartite à Téhéran sur l'avenir de la province d'Idleb.",
                              published: "2018-09-07")
        let summits = r.events(.summit)
        try #require(summits.count == 1, "\(r.dump)")
        let s = summits[0]
        #expect(s.date.isoString == "2018-09-07", "\(r.dump)")
        #expect(s.involves(F.putin, F.erdogan, try F.actorID(named: "Hassan Rouhani")), "\(r.dump)")
        #expect(s.location?.name == "Tehran", "\(r.dump)")
        let regions = Set(s.regions.map(\.name))
        #expect(regions.contains("Idlib"), "\(r.dump)")
        #expect(regions.contains("Syria"), "\(r.dump)")
    }

    @Test
    func agreementWithYearPrecision() throws {
        let r = try F.extract("L'accord de Sotchi, parrainé en 2018 par la Russie et la Turquie, prévoyait une zone démilitarisée autour d'Idleb.",
                              published: "2020-02-21")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        let a = agreements[0]
        #expect(a.date.isoString == "2018", "\(r.dump)")
        #expect(a.date.precision == .year)
        #expect(a.date.basis == .explicit)
        let countries = Set(a.participants.compactMap(\.country))
        #expect(countries.isSuperset(of: ["RU", "TR"]), "\(r.dump)")
    }

    @Test func twoReportsOfTheSameCallAreOneEvent() throws {
        let text = """
        Vladimir Poutine s'est entretenu mardi par téléphone avec Recep Tayyip Erdogan au sujet de la Syrie.

        Poutine et Erdogan ont parlé mardi au téléphone des livraisons de gaz russe à la Turquie.
        """
        let r = try F.extract(text, published: "2020-02-18")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2020-02-18", "\(r.dump)")
        #expect(calls[0].participantIDs == [F.putin, F.erdogan], "\(r.dump)")
        #expect(calls[0].evidence.count == 2, "\(r.dump)")
    }

    @Test
    func adverbBetweenAuxiliaryAndParticipleStillReportsTheCall() throws {
        // Same as above with "également" inside "ont parlé": the second sentence is still a report of the call.
        let text = """
        Vladimir Poutine s'est entretenu mardi par téléphone avec Recep Tayyip Erdogan au sujet de la Syrie.

        Poutine et Erdogan ont également parlé mardi au téléphone des livraisons de gaz russe à la Turquie.
        """
        let r = try F.extract(text, published: "2020-02-18")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].participantIDs == [F.putin, F.erdogan], "\(r.dump)")
        #expect(calls[0].evidence.count == 2, "\(r.dump)")
        #expect(calls[0].evidence.contains { $0.sentence.contains("ont également parlé") }, "\(r.dump)")
    }

    @Test
    func meetingInSummitIsASummit() throws {
        // "se sont réunis en sommet": three heads of state gathering in a summit.
        let r = try F.extract("Vladimir Poutine, Recep Tayyip Erdogan et Hassan Rohani se sont réunis vendredi en sommet à Téhéran pour parler de la Syrie.",
                              published: "2018-09-07")
        try #require(r.events.count == 1, "\(r.dump)")
        #expect(r.events[0].type == .summit, "\(r.dump)")
        #expect(r.events[0].date.isoString == "2018-09-07", "\(r.dump)")
        #expect(r.events[0].location?.name == "Tehran", "\(r.dump)")
    }

    @Test func sameLeaderCallingTwoPeopleOnTheSameDayIsTwoEvents() throws {
        let text = """
        Vladimir Poutine s'est entretenu mardi par téléphone avec Recep Tayyip Erdogan au sujet de la Syrie.

        Mardi également, Vladimir Poutine a eu un entretien téléphonique avec Emmanuel Macron sur l'Ukraine.
        """
        let r = try F.extract(text, published: "2020-02-18")
        let calls = r.events(.call)
        try #require(calls.count == 2, "\(r.dump)")
        #expect(calls.allSatisfy { $0.date.isoString == "2020-02-18" }, "\(r.dump)")
        #expect(calls.contains { $0.participantIDs == [F.putin, F.erdogan] }, "\(r.dump)")
        #expect(calls.contains { $0.participantIDs == [F.putin, F.macron] }, "\(r.dump)")
    }

    @Test func evidenceOffsetsSliceTheArticleText() throws {
        // Multi-byte characters (é, «, », –, ğ) before and inside the evidence make byte and character offsets differ.
        let text = """
        Moscou – « La situation à Idleb est très préoccupante », répètent les diplomates européens.

        Le président russe Vladimir Poutine s'est entretenu mardi par téléphone avec son homologue turc Recep Tayyip Erdoğan.

        Les deux dirigeants ont évoqué l'accord de Sotchi conclu en 2018.
        """
        let r = try F.extract(text, published: "2020-02-18")
        let bytes = Array(text.utf8)
        try #require(!r.events.isEmpty, "\(r.dump)")
        for e in r.events {
            for ev in e.evidence {
                try #require(ev.start >= 0 && ev.start <= ev.end && ev.end <= bytes.count, "bad offsets \(ev.start)..<\(ev.end)")
                let slice = String(decoding: bytes[ev.start..<ev.end], as: UTF8.self)
                #expect(slice == ev.sentence, "offsets \(ev.start)..<\(ev.end) give «\(slice)»")
            }
        }
        let call = try #require(r.events(.call).first, "\(r.dump)")
        let first = try #require(call.evidence.first)
        #expect(first.sentence == "Le président russe Vladimir Poutine s'est entretenu mardi par téléphone avec son homologue turc Recep Tayyip Erdoğan.")
        for m in r.nearMisses where m.end > 0 && m.end <= bytes.count && m.start <= m.end {
            #expect(String(decoding: bytes[m.start..<m.end], as: UTF8.self) == m.sentence)
        }
    }

    @Test func aGatheringForASummitIsTheSummit() throws {
        for (text, language) in [("Jeudi soir, les Vingt-Sept se sont retrouvés à Bruxelles pour un sommet extraordinaire.", "fr"),
                                 ("EU leaders met in Brussels on Thursday for an emergency summit.", "en")] {
            let r = try F.extract(text, published: "2022-02-25", language: language)
            #expect(r.events(.summit).count == 1 && r.events(.meeting).isEmpty, "\(text)\n\(r.dump)")
        }
        // Trap: two leaders who met for a bilateral summit met each other.
        let two = try F.extract("Vladimir Poutine et Recep Tayyip Erdogan se sont retrouvés jeudi à Sotchi pour un sommet bilatéral.", published: "2022-02-25")
        #expect(two.events(.meeting).count == 1 && two.events(.summit).isEmpty, "\(two.dump)")
    }
}
