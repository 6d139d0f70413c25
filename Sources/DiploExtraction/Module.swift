// Module DiploExtraction: see Package.swift for the layering.
